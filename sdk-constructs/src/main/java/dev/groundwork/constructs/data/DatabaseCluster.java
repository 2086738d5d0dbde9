package dev.groundwork.constructs.data;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInsightsMode;
import software.amazon.awscdk.services.rds.IClusterInstance;
import software.amazon.awscdk.services.rds.IDatabaseCluster;
import software.amazon.awscdk.services.rds.ISubnetGroup;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.ParameterGroupClusterBindOptions;
import software.amazon.awscdk.services.rds.PerformanceInsightRetention;
import software.amazon.awscdk.services.rds.ProvisionedClusterInstanceProps;
import software.amazon.awscdk.services.rds.ServerlessV2ClusterInstanceProps;
import software.amazon.awscdk.services.secretsmanager.MultiUserHostedRotationOptions;
import software.amazon.awscdk.services.secretsmanager.RotationScheduleOptions;
import software.amazon.awscdk.services.secretsmanager.SingleUserHostedRotationOptions;
import software.constructs.Construct;

/**
 * An Aurora PostgreSQL or MySQL cluster (provisioned or Serverless v2) that is private,
 * encrypted, TLS-only, IAM-authenticated, backed up by tier and snapshotted when removed.
 *
 * <p>Resources: a security group that admits nothing until {@link #allowFrom} names a client (a
 * Groundwork service's {@code connectTo(database)} calls it), on the engine's port only; a cluster parameter group
 * enforcing TLS ({@code rds.force_ssl} / {@code require_secure_transport}); the cluster in the
 * isolated subnets (storage and Performance Insights encrypted with the stack's shared data
 * {@link EncryptionKey}, IAM authentication, deletion protection and backup retention from the
 * tier, Database Insights advanced in PROD, logs exported to {@link EncryptedLogGroup}s with the
 * tier's retention, enhanced monitoring outside DEV, minor versions upgraded in the maintenance
 * window); a writer and the tier's readers spread over zones; the master credentials as a
 * {@link ManagedSecret} (shared secrets key, retained) rotated by AWS's hosted rotation function
 * in the private subnets, for administration and migrations only; with
 * {@link DatabaseAuthentication#SECRET}, the application user's credentials as a second secret,
 * rotated with alternating users. The cluster's {@code DeletionPolicy} and {@code UpdateReplacePolicy}
 * are {@code Snapshot} unless a non-PROD environment opts into deletion. The cluster carries
 * the {@link BackupPlan#SELECTION_TAG} tag, so the environment's {@link BackupPlan} backs it up
 * and, where restore tests are on, restores it on schedule into an unreachable copy (a security
 * group admitting nothing, a role that may restore only this cluster: {@code RestoreTest}).
 *
 * <p>Applications sign in as the application user ({@link DatabaseClusterProps#applicationUsername()}),
 * which the migrations create, never as the master user. Clients may be in other stacks of the
 * environment: what a client needs (its security-group rules, its policy) is written into the
 * client's stack, which then depends on this one.
 */
public final class DatabaseCluster extends Construct {
  /** Aurora MySQL classes without IAM database authentication (AWS: IAM database authentication, availability). */
  private static final Set<String> IAM_UNSUPPORTED_MYSQL_CLASSES = ImmutableSet.of("t2.small", "t3.small");
  private final software.amazon.awscdk.services.rds.DatabaseCluster cluster;
  private final ManagedSecret masterCredentials;
  private final Optional<ManagedSecret> applicationCredentials;
  private final DatabaseAuthentication authentication;
  private final DatabaseClusterProps props;

  public DatabaseCluster(Construct scope, String id, DatabaseClusterProps props) {
    super(scope, id);
    this.props = props;
    PlatformContext context = PlatformContext.of(this);
    DatabaseClusterSettings settings = DatabaseClusterDefaults.resolve(props, context);
    Problems validation = Problems.of("DatabaseCluster", this);
    check(props, settings, validation);
    validation.throwIfAny();

    DatabaseEngine engine = props.engine();
    EncryptionKey dataKey = props.encryptionKey().orElseGet(() -> EncryptionKey.forPurpose(this, KeyPurpose.DATA));
    String identifier = identifier(Stack.of(this).getStackName() + "-" + id);
    List<EncryptedLogGroup> logGroups = new ArrayList<>();
    for (String log : engine.logExports()) {
      logGroups.add(new EncryptedLogGroup(this, "Log-" + log, EncryptedLogGroupProps.builder()
          .logGroupName("/aws/rds/cluster/" + identifier + "/" + log)
          .retentionDays(settings.logRetentionDays())
          .build()));
    }
    SecurityGroup securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(props.vpc())
        .description("Database " + getNode().getPath() + ": clients named by allowFrom only")
        .allowAllOutbound(false)
        .build();
    this.authentication = settings.authentication();
    EncryptionKey secretsKey = EncryptionKey.forPurpose(this, KeyPurpose.SECRETS);
    this.masterCredentials = ManagedSecret.databaseCredentials(this, "Credentials", props.masterUsername(),
        secretsKey, List.of());

    ParameterGroup parameters = ParameterGroup.Builder.create(this, "Parameters")
        .engine(engine.cdkEngine())
        .description("TLS-only parameters of " + getNode().getPath())
        .parameters(engine.parameters())
        .build();
    this.cluster = software.amazon.awscdk.services.rds.DatabaseCluster.Builder.create(this, "Cluster")
        .engine(engine.cdkEngine())
        .clusterIdentifier(identifier)
        .vpc(props.vpc())
        .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
        .securityGroups(List.of(securityGroup))
        .port(engine.port())
        .credentials(Credentials.fromSecret(masterCredentials.secret()))
        .defaultDatabaseName(props.databaseName())
        .storageEncrypted(true)
        .storageEncryptionKey(dataKey.key())
        .iamAuthentication(true)
        .parameterGroup(parameters)
        .writer(instance("Writer", settings, false, dataKey))
        .readers(readers(settings, dataKey))
        .serverlessV2MinCapacity(settings.capacity().isServerless() ? settings.capacity().minAcu() : null)
        .serverlessV2MaxCapacity(settings.capacity().isServerless() ? settings.capacity().maxAcu() : null)
        .deletionProtection(settings.deletionProtection())
        .backup(BackupProps.builder()
            .retention(Duration.days(settings.backupRetentionDays()))
            .preferredWindow(props.backupWindow())
            .build())
        .preferredMaintenanceWindow(props.maintenanceWindow())
        .copyTagsToSnapshot(true)
        .cloudwatchLogsExports(engine.logExports())
        .monitoringInterval(settings.monitoringIntervalSeconds() == 0 ? null
            : Duration.seconds(settings.monitoringIntervalSeconds()))
        .enablePerformanceInsights(true)
        .performanceInsightEncryptionKey(dataKey.key())
        .performanceInsightRetention(insightsRetention(settings))
        .databaseInsightsMode(settings.advancedDatabaseInsights()
            ? DatabaseInsightsMode.ADVANCED : DatabaseInsightsMode.STANDARD)
        .removalPolicy(settings.destroyOnStackDeletion() && settings.destroyOnStackDeletionAllowed()
            ? RemovalPolicy.DESTROY : RemovalPolicy.SNAPSHOT)
        .build();
    logGroups.forEach(group -> cluster.getNode().addDependency(group));
    software.amazon.awscdk.Tags.of(cluster).add(BackupPlan.SELECTION_TAG, "true");
    RestoreTestRegistry.of(this).addTarget(new DatabaseRestoreTarget(this, cluster, props.vpc(),
        ((ISubnetGroup) cluster.getNode().findChild("Subnets")).getSubnetGroupName(),
        parameters.bindToCluster(ParameterGroupClusterBindOptions.builder().build()).getParameterGroupName(),
        dataKey.key()));

    // The hosted rotation function reaches Secrets Manager over HTTPS and the database on its
    // port, nothing else (CDK's default group would allow all egress).
    SecurityGroup rotationGroup = SecurityGroup.Builder.create(this, "RotationSecurityGroup")
        .vpc(props.vpc())
        .description("Password rotation of " + getNode().getPath() + ": HTTPS to Secrets Manager, the database port")
        .allowAllOutbound(false)
        .build();
    rotationGroup.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "Secrets Manager API, through its endpoint or NAT");
    var rotation = engine.hostedRotation(SingleUserHostedRotationOptions.builder()
        .vpc(props.vpc())
        .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
        .securityGroups(List.of(rotationGroup))
        .build());
    software.amazon.awscdk.services.secretsmanager.Secret secret =
        (software.amazon.awscdk.services.secretsmanager.Secret) masterCredentials.secret();
    var schedule = secret.addRotationSchedule("Rotation", RotationScheduleOptions.builder()
        .hostedRotation(rotation)
        .automaticallyAfter(ManagedSecret.cdkDuration(props.rotationPeriod()))
        .build());
    schedule.getNode().addDependency(cluster);
    cluster.getConnections().allowFrom(rotation, Port.tcp(engine.port()), "Hosted rotation of the master password");
    this.applicationCredentials = authentication == DatabaseAuthentication.SECRET
        ? Optional.of(ManagedSecret.applicationCredentials(this, "ApplicationCredentials",
            props.applicationUsername(), masterCredentials, secretsKey, cluster,
            engine.multiUserRotation(MultiUserHostedRotationOptions.builder()
                .masterSecret(masterCredentials.secret())
                .vpc(props.vpc())
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroups(List.of(rotationGroup))
                .build()),
            props.rotationPeriod()))
        : Optional.empty();
  }

  private static void check(DatabaseClusterProps props, DatabaseClusterSettings settings, Problems problems) {
    String instanceType = settings.capacity().instanceType().orElse("");
    if (props.engine() == DatabaseEngine.MYSQL && settings.authentication() == DatabaseAuthentication.IAM
        && IAM_UNSUPPORTED_MYSQL_CLASSES.contains(instanceType)) {
      problems.add("DB_IAM_INSTANCE_CLASS", "capacity", instanceType,
          "an instance class that supports IAM database authentication (Aurora MySQL: not t2.small or t3.small)",
          "Choose t3.medium or larger, Serverless v2, or authentication(DatabaseAuthentication.SECRET).");
    }
    if (settings.deletionProtectionRequired() && !settings.deletionProtection()) {
      problems.add("DB_DELETION_PROTECTION_PROD", "deletionProtection", false, "true in a PROD environment",
          "Remove deletionProtection(false); production databases refuse deletion.");
    }
    if (!settings.destroyOnStackDeletionAllowed() && settings.destroyOnStackDeletion()) {
      problems.add("DB_DESTROY_IN_PROD", "destroyOnStackDeletion", true, "false in a PROD environment",
          "Remove destroyOnStackDeletion(true); production databases are snapshotted.");
    }
    EncryptedLogGroup.checkRetentionDays("logRetentionDays", settings.logRetentionDays(), problems);
  }

  private static String identifier(String name) {
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("-+", "-");
    return id.length() > 63 ? id.substring(0, 63).replaceAll("-$", "") : id;
  }

  private static List<IClusterInstance> readers(DatabaseClusterSettings settings, EncryptionKey key) {
    List<IClusterInstance> readers = new ArrayList<>();
    for (int i = 1; i <= settings.readers(); i++) {
      readers.add(instance("Reader" + i, settings, true, key));
    }
    return readers;
  }

  private static IClusterInstance instance(String id, DatabaseClusterSettings settings, boolean reader,
      EncryptionKey key) {
    PerformanceInsightRetention retention = insightsRetention(settings);
    if (settings.capacity().isServerless()) {
      return ClusterInstance.serverlessV2(id, ServerlessV2ClusterInstanceProps.builder()
          .enablePerformanceInsights(true)
          .performanceInsightEncryptionKey(key.key())
          .performanceInsightRetention(retention)
          .autoMinorVersionUpgrade(true)
          .publiclyAccessible(false)
          .scaleWithWriter(reader)
          .build());
    }
    return ClusterInstance.provisioned(id, ProvisionedClusterInstanceProps.builder()
        .instanceType(new InstanceType(settings.capacity().instanceType().orElseThrow()))
        .enablePerformanceInsights(true)
        .performanceInsightEncryptionKey(key.key())
        .performanceInsightRetention(retention)
        .autoMinorVersionUpgrade(true)
        .publiclyAccessible(false)
        .build());
  }

  private static PerformanceInsightRetention insightsRetention(DatabaseClusterSettings settings) {
    return settings.advancedDatabaseInsights()
        ? PerformanceInsightRetention.MONTHS_15 : PerformanceInsightRetention.DEFAULT;
  }

  /**
   * Admits {@code client} (a service, a security group) on the engine's port. The rules are
   * written from the client's side ({@code client.connections().allowTo(...)}): with the client in
   * another stack, both rules (its egress, this group's ingress from it) are resources of the
   * client's stack, which depends on this one; in this stack they are the same rules as ever.
   */
  public DatabaseCluster allowFrom(IConnectable client) {
    client.getConnections().allowTo(cluster, Port.tcp(props.engine().port()), "Client of " + getNode().getPath());
    return this;
  }

  /** Admits a network on the engine's port (e.g. the office, through a VPN). */
  public DatabaseCluster allowFrom(Cidr network) {
    cluster.getConnections().allowFrom(Peer.ipv4(network.toString()), Port.tcp(props.engine().port()),
        "Network " + network.toString() + " to " + getNode().getPath());
    return this;
  }

  /**
   * Lets {@code grantee} sign in as the application user, in {@code grantee}'s own policy: with
   * {@link DatabaseAuthentication#IAM}, {@code rds-db:connect} on that user only (never the
   * master); with {@link DatabaseAuthentication#SECRET}, reading the application user's secret
   * ({@link ManagedSecret#grantRead}). The grantee may be in another stack, which then depends on
   * this one.
   */
  public Grant grantConnect(IGrantable grantee) {
    return switch (authentication) {
      case IAM -> cluster.grantConnect(grantee, props.applicationUsername());
      case SECRET -> applicationCredentials.orElseThrow().grantRead(grantee);
    };
  }

  /**
   * The plain environment variables a client of the application user needs: {@code DB_HOST}
   * (the writer endpoint), {@code DB_PORT}, {@code DB_NAME} and {@code DB_AUTHENTICATION}
   * ({@code iam} or {@code secret}); with IAM, also {@code DB_USERNAME}, the application user. No
   * password: with IAM there is none, with a secret it is in {@link #connectionSecrets()}.
   */
  public Map<String, String> connectionEnvironment() {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("DB_HOST", cluster.getClusterEndpoint().getHostname());
    environment.put("DB_PORT", String.valueOf(props.engine().port()));
    environment.put("DB_NAME", props.databaseName());
    environment.put("DB_AUTHENTICATION", authentication.name().toLowerCase(Locale.ROOT));
    if (authentication == DatabaseAuthentication.IAM) {
      environment.put("DB_USERNAME", props.applicationUsername());
    }
    return Collections.unmodifiableMap(environment);
  }

  /**
   * The container secrets of a client with {@link DatabaseAuthentication#SECRET}: {@code
   * DB_USERNAME} and {@code DB_PASSWORD} from the application user's secret (the user name
   * alternates with each rotation, so it is read from the secret too), which ECS reads when a
   * task starts; none with IAM.
   */
  public Map<String, software.amazon.awscdk.services.ecs.Secret> connectionSecrets() {
    Map<String, software.amazon.awscdk.services.ecs.Secret> secrets = new LinkedHashMap<>();
    applicationCredentials.ifPresent(credentials -> {
      secrets.put("DB_USERNAME", credentials.ecsSecret("username"));
      secrets.put("DB_PASSWORD", credentials.ecsSecret("password"));
    });
    return Collections.unmodifiableMap(secrets);
  }

  /** The cluster: the escape hatch for anything Groundwork does not wrap. */
  public IDatabaseCluster cluster() {
    return cluster;
  }

  /** The engine, for clients that build a connection URL (e.g. a migration tool's JDBC URL). */
  public DatabaseEngine engine() {
    return props.engine();
  }

  /** How applications authenticate as the application user. */
  public DatabaseAuthentication authentication() {
    return authentication;
  }

  /** The database user applications sign in as, which the migrations create. */
  public String applicationUsername() {
    return props.applicationUsername();
  }

  /** The database created at launch. */
  public String databaseName() {
    return props.databaseName();
  }

  /**
   * The master credentials, rotated: for administration and the migrations (a
   * {@code MigrationRunner} reads them), never for an application; grant them to nothing else.
   */
  public ManagedSecret masterCredentials() {
    return masterCredentials;
  }

  /** The application user's credentials with {@link DatabaseAuthentication#SECRET}; empty with IAM. */
  public Optional<ManagedSecret> applicationCredentials() {
    return applicationCredentials;
  }

  /** The security group's connections. */
  public Connections connections() {
    return cluster.getConnections();
  }
}
