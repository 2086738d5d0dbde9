package dev.groundwork.constructs.data;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Region;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.rds.IDatabaseCluster;
import software.amazon.awscdk.services.secretsmanager.HostedRotation;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.ReplicaRegion;
import software.amazon.awscdk.services.secretsmanager.RotationScheduleOptions;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * A Secrets Manager secret whose value Secrets Manager generates, encrypted with an
 * {@link EncryptionKey}, rotated, retained, and read only by whom it is granted to.
 *
 * <p>The API has no way to pass a value: a literal secret in code ends up in the template, the
 * build log and the repository's history. Existing secrets are imported with
 * {@link #fromSecretName} or {@link #fromSecretArn}. Services receive a secret as an
 * {@code ecs.Secret} ({@link #ecsSecret()}), which ECS injects at start, never as an environment
 * variable. Resources: the secret (KMS-encrypted with the stack's shared secrets key unless one
 * is given, retained, optionally replicated) and its rotation schedule (every 30 days by default).
 */
public final class ManagedSecret extends Construct {
  private static final String EXCLUDED = " %+~`#$&*()|[]{}:;<>?!'/@\"\\";

  private final ISecret secret;

  public ManagedSecret(Construct scope, String id, ManagedSecretProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    ManagedSecretSettings settings = ManagedSecretDefaults.resolve(props, context);
    Problems validation = Problems.of("ManagedSecret", this);
    checkReplicaRegions(settings.replicaRegions(), context, validation);
    validation.throwIfAny();
    EncryptionKey key = props.encryptionKey().orElseGet(() -> EncryptionKey.forPurpose(this, KeyPurpose.SECRETS));
    SecretStringGenerator.Builder generator = SecretStringGenerator.builder()
        .passwordLength(settings.length())
        .excludeCharacters(EXCLUDED);
    settings.username().ifPresent(user -> generator
        .secretStringTemplate("{\"username\":\"" + user + "\"}")
        .generateStringKey("password"));
    Secret.Builder builder = Secret.Builder.create(this, "Secret")
        .encryptionKey(key.key())
        .generateSecretString(generator.build())
        .replicaRegions(replicas(settings.replicaRegions()))
        .removalPolicy(RemovalPolicy.RETAIN);
    settings.description().ifPresent(builder::description);
    Secret created = builder.build();
    created.addRotationSchedule("Rotation", RotationScheduleOptions.builder()
        .rotationLambda(props.rotationFunction())
        .automaticallyAfter(cdkDuration(settings.rotationPeriod()))
        .build());
    this.secret = created;
  }

  private ManagedSecret(Construct scope, String id, ISecret secret) {
    super(scope, id);
    this.secret = secret;
  }

  /** Database credentials ({@code username} and a generated password) for {@link DatabaseCluster}. */
  static ManagedSecret databaseCredentials(Construct scope, String id, String username,
      EncryptionKey key, List<Region> replicaRegions) {
    DatabaseSecret secret = DatabaseSecret.Builder.create(scope, id + "Secret")
        .username(username)
        .encryptionKey(key.key())
        .excludeCharacters(EXCLUDED)
        .replicaRegions(replicas(replicaRegions))
        .build();
    secret.applyRemovalPolicy(RemovalPolicy.RETAIN);
    return new ManagedSecret(scope, id, secret);
  }

  /**
   * The application user's credentials for {@link DatabaseCluster} with
   * {@link DatabaseAuthentication#SECRET}: {@code username} and a generated password, the master
   * secret's ARN ({@code masterarn}, which the rotation signs in with), attached to {@code cluster}
   * (host, port, engine, database name), rotated by {@code rotation} every {@code period} with
   * alternating users. The first rotation waits a period rather than running at creation: the user
   * exists only once the migrations have created it with the secret's first password.
   */
  static ManagedSecret applicationCredentials(Construct scope, String id, String username, ManagedSecret master,
      EncryptionKey key, IDatabaseCluster cluster, HostedRotation rotation, java.time.Duration period) {
    DatabaseSecret secret = DatabaseSecret.Builder.create(scope, id + "Secret")
        .username(username)
        .masterSecret(master.secret())
        .encryptionKey(key.key())
        .excludeCharacters(EXCLUDED)
        .build();
    secret.applyRemovalPolicy(RemovalPolicy.RETAIN);
    ISecret attached = secret.attach(cluster);
    attached.addRotationSchedule("Rotation", RotationScheduleOptions.builder()
        .hostedRotation(rotation)
        .automaticallyAfter(cdkDuration(period))
        .rotateImmediatelyOnUpdate(false)
        .build());
    return new ManagedSecret(scope, id, attached);
  }

  /** An existing secret, by name; {@link #grantRead} then covers every version of that name. */
  public static ManagedSecret fromSecretName(Construct scope, String id, String name) {
    return new ManagedSecret(scope, id, Secret.fromSecretNameV2(scope, id + "Imported", name));
  }

  /** An existing secret, by its full ARN. */
  public static ManagedSecret fromSecretArn(Construct scope, String id, String arn) {
    return new ManagedSecret(scope, id, Secret.fromSecretCompleteArn(scope, id + "Imported", arn));
  }

  /** Records a {@code SECRET_REPLICA_REGION} problem for a replica in the primary region. */
  static void checkReplicaRegions(List<Region> regions, PlatformContext context, Problems problems) {
    if (regions.contains(context.region())) {
      problems.add("SECRET_REPLICA_REGION", "replicaRegions", context.region(),
          "regions other than the environment's own (" + context.region() + ")",
          "Name the recovery region, e.g. eu-central-1 for eu-west-1.");
    }
  }

  private static List<ReplicaRegion> replicas(List<Region> regions) {
    return regions.stream().map(r -> ReplicaRegion.builder().region(r.value()).build()).toList();
  }

  static software.amazon.awscdk.Duration cdkDuration(java.time.Duration period) {
    return period.toHours() % 24 == 0
        ? software.amazon.awscdk.Duration.days(period.toDays())
        : software.amazon.awscdk.Duration.hours(period.toHours());
  }

  /**
   * Lets {@code grantee} read the value: {@code secretsmanager:GetSecretValue} and
   * {@code DescribeSecret} on this secret only, and {@code kms:Decrypt} on its key only through
   * Secrets Manager ({@code kms:ViaService}), both in the grantee's own policy.
   *
   * <p>Nothing is written into this secret or its key: the key's policy already lets the
   * account's principals use it through their IAM policies ({@link EncryptionKey}). So the
   * grantee may be in another stack, which then depends on this one, never the other way round
   * (CDK's {@code Secret.grantRead} names the grantee in the key's policy, which makes the
   * secret's stack depend on the grantee's: a cycle when the grantee also reads the secret).
   * A grantee without a policy of its own (a service principal) gets CDK's resource-policy grant.
   */
  public Grant grantRead(IGrantable grantee) {
    IKey key = secret.getEncryptionKey();
    if (key == null) {
      // Imported: no key to name, and CDK's grant writes only the grantee's policy in one account.
      return secret.grantRead(grantee);
    }
    Grant read = Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
        .grantee(grantee)
        .actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
        .resourceArns(List.of(secret.getSecretArn()))
        .build());
    if (!read.getSuccess()) {
      return secret.grantRead(grantee);
    }
    grantee.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("kms:Decrypt"))
        .resources(List.of(key.getKeyArn()))
        .conditions(Map.of("StringEquals", Map.of("kms:ViaService",
            "secretsmanager." + Stack.of(secret).getRegion() + ".amazonaws.com")))
        .build());
    return read;
  }

  /**
   * The whole secret for a container's {@code secrets}; ECS's execution role is granted read
   * with {@link #grantRead}, so the task may be in another stack.
   */
  public software.amazon.awscdk.services.ecs.Secret ecsSecret() {
    return new ContainerSecret(this, secret.getSecretArn(), false);
  }

  /** One JSON field of the secret (e.g. {@code password}) for a container's {@code secrets}. */
  public software.amazon.awscdk.services.ecs.Secret ecsSecret(String field) {
    return new ContainerSecret(this, secret.getSecretArn() + ":" + field + "::", true);
  }

  /** The secret, for CDK constructs that take an {@link ISecret}. */
  public ISecret secret() {
    return secret;
  }

  /** The key that encrypts it, when known (not for imported secrets). */
  public Optional<software.amazon.awscdk.services.kms.IKey> key() {
    return Optional.ofNullable(secret.getEncryptionKey());
  }
}
