package dev.groundwork.constructs.keys;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * A customer managed KMS key with yearly rotation, an alias {@code alias/<app>/<env>/<purpose>},
 * retained when its stack is deleted, and a key policy that grants only what its users need.
 *
 * <p>Key policy: the account may administer the key and may let its own principals use it
 * through their IAM policies (which the {@code grant*} methods write, naming only the actions
 * each needs), never {@code kms:*}; {@code kms:CreateGrant} is allowed only when {@code kms:GrantIsForAWSResource} is
 * true, so only AWS services (RDS, AWS Backup, EBS) can create grants on behalf of a principal,
 * and an explicit deny ({@link #onlyAwsServicesCreateGrants()}) says the same in the form AWS
 * Control Tower's control CT.KMS.PR.3 requires, so no later allow can widen it.
 * With {@link EncryptionKeyProps#allowCloudWatchLogs()}, CloudWatch Logs of this region may use
 * it for log groups of this account and region only.
 *
 * <p>A key costs about 1 USD a month, so Groundwork's constructs share one key per stack and
 * {@link KeyPurpose} ({@link #forPurpose}) instead of creating one per resource; pass your own
 * key to a construct where data must be kept apart. Deleting a key makes everything it
 * encrypted unreadable, so keys are retained in every tier.
 */
public final class EncryptionKey extends Construct {
  private final PlatformContext context;
  private final Key key;
  private final String aliasName;
  private boolean logsAllowed;
  private boolean s3LogsAllowed;

  public EncryptionKey(Construct scope, String id, EncryptionKeyProps props) {
    super(scope, id);
    this.context = PlatformContext.of(this);
    EncryptionKeySettings settings = EncryptionKeyDefaults.resolve(props, context);
    this.aliasName = settings.aliasName();
    this.key = Key.Builder.create(this, "Key")
        .description(settings.description())
        .enableKeyRotation(settings.keyRotation())
        .policy(basePolicy())
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
    Alias.Builder.create(this, "Alias").aliasName(aliasName).targetKey(key).build();
    if (settings.allowCloudWatchLogs()) {
      allowCloudWatchLogs();
    }
  }

  /**
   * The stack's shared key for {@code purpose}, created on first use as a child of the stack
   * (id {@code LogsKey}, {@code DataKey} or {@code SecretsKey}) with the purpose
   * {@code <stack purpose>/<purpose>}, e.g. alias {@code alias/orders/prod/services/logs}. The
   * logs key lets CloudWatch Logs of this account and region use it.
   */
  public static EncryptionKey forPurpose(IConstruct scope, KeyPurpose purpose) {
    Stack stack = Stack.of(scope);
    IConstruct existing = stack.getNode().tryFindChild(purpose.constructId());
    if (existing instanceof EncryptionKey shared) {
      return shared;
    }
    if (existing != null) {
      throw new GroundworkValidationException(List.of(new Problem("KEY_ID_TAKEN",
          "EncryptionKey at '" + stack.getNode().getPath() + "'", "id",
          "'" + purpose.constructId() + "', already used by another construct",
          "free for the stack's shared " + purpose.label() + " key",
          "Give your construct another id.")));
    }
    return new EncryptionKey(stack, purpose.constructId(), EncryptionKeyProps.builder()
        .purpose(aliasSegment(stack.getNode().getId()) + "/" + purpose.label())
        .description("Shared key for " + purpose.label() + " of stack " + stack.getStackName())
        .allowCloudWatchLogs(purpose == KeyPurpose.LOGS)
        .build());
  }

  /** {@code id} with every character an alias does not accept replaced by '-'. */
  private static String aliasSegment(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "-").toLowerCase(java.util.Locale.ROOT);
  }

  private static PolicyDocument basePolicy() {
    AccountRootPrincipal account = new AccountRootPrincipal();
    return PolicyDocument.Builder.create().statements(List.of(
        PolicyStatement.Builder.create()
            .sid("AccountAdministersTheKey")
            .principals(List.of(account))
            .actions(List.of("kms:CreateAlias", "kms:Describe*", "kms:Enable*", "kms:List*",
                "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*",
                "kms:Delete*", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion",
                "kms:CancelKeyDeletion", "kms:RotateKeyOnDemand"))
            .resources(List.of("*"))
            .build(),
        PolicyStatement.Builder.create()
            .sid("AccountPrincipalsUseTheKeyThroughTheirIamPolicies")
            .principals(List.of(account))
            .actions(List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"))
            .resources(List.of("*"))
            .build(),
        PolicyStatement.Builder.create()
            .sid("OnlyAwsServicesCreateGrants")
            .principals(List.of(account))
            .actions(List.of("kms:CreateGrant"))
            .resources(List.of("*"))
            .conditions(Map.of("Bool", Map.of("kms:GrantIsForAWSResource", "true")))
            .build(),
        onlyAwsServicesCreateGrants()))
        .build();
  }

  /**
   * The key-policy statement AWS Control Tower's proactive control CT.KMS.PR.3 requires: deny
   * {@code kms:CreateGrant} to every principal unless an AWS service asks for it, for an AWS
   * resource ({@code BoolIfExists} {@code kms:GrantIsForAWSResource} and
   * {@code aws:PrincipalIsAWSService} both {@code "false"}). Every {@code EncryptionKey} has it;
   * add it to a plain CDK key with {@code key.addToResourcePolicy(...)}.
   */
  public static PolicyStatement onlyAwsServicesCreateGrants() {
    return PolicyStatement.Builder.create()
        .sid("DenyGrantsNotForAwsServices")
        .effect(Effect.DENY)
        .principals(List.of(new AnyPrincipal()))
        .actions(List.of("kms:CreateGrant"))
        .resources(List.of("*"))
        .conditions(Map.of("BoolIfExists", new TreeMap<>(ImmutableMap.of(
            "kms:GrantIsForAWSResource", "false", "aws:PrincipalIsAWSService", "false"))))
        .build();
  }

  /**
   * Lets CloudWatch Logs of this region encrypt and decrypt log groups of this account and
   * region with the key (and nothing else); calling it twice adds nothing.
   */
  public EncryptionKey allowCloudWatchLogs() {
    if (logsAllowed) {
      return this;
    }
    logsAllowed = true;
    String logGroups = Stack.of(this).formatArn(ArnComponents.builder()
        .service("logs").resource("log-group").resourceName("*")
        .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
        .build());
    key.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowCloudWatchLogsOfThisAccountAndRegion")
        .effect(Effect.ALLOW)
        // The stack's region and account (not the environment's), so an environment-agnostic
        // template (an OrganizationBaseline's StackSet) works in every account and region.
        .principals(List.of(new ServicePrincipal("logs." + Stack.of(this).getRegion() + ".amazonaws.com")))
        .actions(List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo",
            "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"))
        .resources(List.of("*"))
        .conditions(Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn", logGroups)))
        .build());
    return this;
  }

  /**
   * Lets S3 server access logging of this account write log objects encrypted with the key, as
   * AWS requires for a KMS-encrypted log bucket; calling it twice adds nothing.
   */
  public EncryptionKey allowS3ServerAccessLogs() {
    if (s3LogsAllowed) {
      return this;
    }
    s3LogsAllowed = true;
    key.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowS3ServerAccessLoggingOfThisAccount")
        .principals(List.of(new ServicePrincipal("logging.s3.amazonaws.com")))
        .actions(List.of("kms:GenerateDataKey"))
        .resources(List.of("*"))
        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Stack.of(this).getAccount())))
        .build());
    return this;
  }

  /** Lets {@code grantee} encrypt and decrypt with the key (its IAM policy names this key only). */
  public Grant grantEncryptDecrypt(IGrantable grantee) {
    return key.grantEncryptDecrypt(grantee);
  }

  /** Lets {@code grantee} decrypt with the key. */
  public Grant grantDecrypt(IGrantable grantee) {
    return key.grantDecrypt(grantee);
  }

  /** Lets {@code grantee} encrypt with the key. */
  public Grant grantEncrypt(IGrantable grantee) {
    return key.grantEncrypt(grantee);
  }

  /** The key, for CDK constructs that take an {@link IKey}. */
  public IKey key() {
    return key;
  }

  /**
   * The alias name, {@code alias/<app>/<env>/<purpose>}: a plain string, not a reference, so a
   * stack in another region can name the key by it (S3 replication does, with
   * {@link #aliasArn()}).
   */
  public String aliasName() {
    return aliasName;
  }

  /** The alias ARN, {@code arn:<partition>:kms:<region>:<account>:alias/...}: a plain string too. */
  public String aliasArn() {
    return "arn:" + context.region().partition() + ":kms:" + context.region().value() + ":"
        + context.account().value() + ":" + aliasName;
  }
}
