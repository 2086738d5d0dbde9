package dev.groundwork.constructs.logs;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * A CloudWatch Logs log group encrypted with a customer managed KMS key, with a finite retention,
 * kept when the stack is deleted.
 *
 * <p>Resources: the log group, retained on stack deletion, encrypted with the stack's shared
 * logs {@link EncryptionKey} (or the one given), whose policy lets only the CloudWatch Logs
 * service of this region use it, and only for log groups of this account and region. Used by
 * every Groundwork construct that writes logs (flow logs, container logs, ECS Exec sessions, WAF).
 */
public final class EncryptedLogGroup extends Construct {
  /** The retention periods CloudWatch Logs accepts, in days. */
  static final List<Integer> VALID_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150,
      180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

  private final EncryptionKey key;
  private final LogGroup logGroup;

  public EncryptedLogGroup(Construct scope, String id, EncryptedLogGroupProps props) {
    super(scope, id);
    EncryptedLogGroupSettings settings = EncryptedLogGroupDefaults.resolve(props, PlatformContext.of(this));
    Problems validation = Problems.of("EncryptedLogGroup", this);
    checkRetentionDays("retentionDays", settings.retentionDays(), validation);
    validation.throwIfAny();

    this.key = props.encryptionKey()
        .map(EncryptionKey::allowCloudWatchLogs)
        .orElseGet(() -> EncryptionKey.forPurpose(this, KeyPurpose.LOGS));
    LogGroup.Builder builder = LogGroup.Builder.create(this, "LogGroup")
        .encryptionKey(key.key())
        .retention(RetentionDaysMapping.of(settings.retentionDays()))
        .removalPolicy(RemovalPolicy.RETAIN);
    settings.logGroupName().ifPresent(builder::logGroupName);
    this.logGroup = builder.build();
  }

  /**
   * Records a {@code LOG_RETENTION_DAYS} problem unless {@code days} is a retention CloudWatch
   * Logs accepts; constructs that create log groups call it with their own property name so the
   * problem is reported with their other problems.
   */
  public static void checkRetentionDays(String property, int days, Problems problems) {
    if (!VALID_RETENTION_DAYS.contains(days)) {
      problems.add("LOG_RETENTION_DAYS", property, days, "one of " + VALID_RETENTION_DAYS,
          "Pick the nearest value CloudWatch Logs accepts, or leave it unset for the tier's.");
    }
  }

  /** The log group, for log drivers, subscriptions and metric filters. */
  public ILogGroup logGroup() {
    return logGroup;
  }

  /** The key that encrypts the log group. */
  public IKey key() {
    return key.key();
  }

  /**
   * The log group's ARN without the {@code :*} suffix CDK's {@code logGroupArn} carries; some
   * services (WAF logging, ECS Exec) want this form.
   */
  public String bareArn() {
    return Stack.of(this).formatArn(ArnComponents.builder()
        .service("logs").resource("log-group")
        .resourceName(logGroup.getLogGroupName())
        .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
        .build());
  }
}
