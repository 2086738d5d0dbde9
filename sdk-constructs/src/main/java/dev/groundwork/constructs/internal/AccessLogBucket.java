package dev.groundwork.constructs.internal;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.policy.suppress.Suppressions;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * A bucket that receives access logs (S3 server access logs, load balancer logs): private,
 * TLS-only, versioned, logs expiring after the tier's log retention, its own server access logs
 * kept in itself under {@value #OWN_LOGS_PREFIX}, every event sent to EventBridge.
 *
 * <p>AWS Control Tower's proactive controls want every bucket access-logged (CT.S3.PR.2) and
 * sending event notifications (CT.S3.PR.4). A chain of log buckets has to end somewhere, so the
 * access-log bucket logs into itself: S3 accepts the bucket being logged as its own destination,
 * which adds a small stream of log records about log deliveries (AWS advises against it for that
 * cost; with the logs expiring after the tier's retention it stays small). Its events go to the
 * account's default EventBridge bus, which costs nothing until a rule matches them. Object Lock
 * (CT.S3.PR.9) is impossible here: S3 does not deliver server access logs to a bucket with
 * Object Lock, and every access-log bucket receives at least its own. Each bucket carries a
 * suppression of the control's rule saying so, with AWS's page, which shows in the policy report
 * when the Control Tower pack is on (and waits silently when it is off).
 *
 * <p>Encryption depends on the log source. S3 server access logging delivers to buckets
 * encrypted with a customer managed KMS key whose policy admits {@code logging.s3.amazonaws.com}
 * ({@link #create(Construct, String, int, RemovalPolicy, IKey)}). Elastic Load Balancing access
 * logs support only S3-managed keys (SSE-S3): "The only server-side encryption option that's
 * supported is Amazon S3-managed keys (SSE-S3)", per
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
 * ({@link #create(Construct, String, int)}).
 */
public final class AccessLogBucket {
  /** Where an access-log bucket keeps its own server access logs. */
  public static final String OWN_LOGS_PREFIX = "own-access-logs/";

  private AccessLogBucket() {}

  /** The AWS Control Tower control (Groundwork's rule) AWS makes every access-log bucket fail. */
  public static final String OBJECT_LOCK_RULE = "GW_CT_S3_BUCKET_OBJECT_LOCK_ENABLED";
  /** The AWS Control Tower control (Groundwork's rule) AWS makes a load-balancer log bucket fail. */
  public static final String KMS_ENCRYPTION_RULE = "GW_CT_S3_BUCKET_DEFAULT_ENCRYPTION_KMS";

  /**
   * A retained SSE-S3 access-log bucket, for load balancer access logs, which AWS delivers to
   * SSE-S3 buckets only (the suppression of {@value #KMS_ENCRYPTION_RULE} says so).
   */
  public static Bucket create(Construct scope, String id, int retentionDays) {
    Bucket bucket = finish(builder(scope, id, retentionDays, RemovalPolicy.RETAIN)
        .encryption(BucketEncryption.S3_MANAGED)
        .build());
    Suppressions.of(bucket).add(KMS_ENCRYPTION_RULE, "Elastic Load Balancing delivers access logs only to "
        + "buckets encrypted with SSE-S3: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html");
    return bucket;
  }

  /**
   * A bucket for S3 server access logs, encrypted with {@code key} (whose policy must admit
   * {@code logging.s3.amazonaws.com}), with {@code removal}; only an explicit opt-out passes DESTROY.
   */
  public static Bucket create(Construct scope, String id, int retentionDays, RemovalPolicy removal, IKey key) {
    return finish(builder(scope, id, retentionDays, removal)
        .encryption(BucketEncryption.KMS)
        .encryptionKey(key)
        .bucketKeyEnabled(true)
        .build());
  }

  /**
   * Logs the bucket into itself (no destination: CloudFormation's default is the bucket itself, a
   * reference to itself would be a cycle) and sends its events to EventBridge, through the
   * bucket's own properties rather than CDK's {@code eventBridgeEnabled}, which adds a
   * Lambda-backed custom resource.
   */
  private static Bucket finish(Bucket bucket) {
    CfnBucket cfn = (CfnBucket) bucket.getNode().getDefaultChild();
    cfn.setLoggingConfiguration(CfnBucket.LoggingConfigurationProperty.builder()
        .logFilePrefix(OWN_LOGS_PREFIX)
        .build());
    cfn.setNotificationConfiguration(CfnBucket.NotificationConfigurationProperty.builder()
        .eventBridgeConfiguration(CfnBucket.EventBridgeConfigurationProperty.builder()
            .eventBridgeEnabled(true).build())
        .build());
    bucket.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("S3ServerAccessLogsOfThisBucket")
        .principals(List.of(new ServicePrincipal("logging.s3.amazonaws.com")))
        .actions(List.of("s3:PutObject"))
        .resources(List.of(bucket.arnForObjects(OWN_LOGS_PREFIX + "*")))
        .conditions(ImmutableMap.of("ArnLike", Map.of("aws:SourceArn", bucket.getBucketArn()),
            "StringEquals", Map.of("aws:SourceAccount", Stack.of(bucket).getAccount())))
        .build());
    Suppressions.of(bucket).add(OBJECT_LOCK_RULE, "S3 delivers no server access logs to a bucket with Object "
        + "Lock, and this bucket receives them (its own at least): "
        + "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html");
    return bucket;
  }

  private static Bucket.Builder builder(Construct scope, String id, int retentionDays, RemovalPolicy removal) {
    return Bucket.Builder.create(scope, id)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .enforceSsl(true)
        .minimumTlsVersion(1.2)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .versioned(true)
        .lifecycleRules(List.of(LifecycleRule.builder()
            .id("expire-access-logs")
            .expiration(Duration.days(retentionDays))
            .noncurrentVersionExpiration(Duration.days(1))
            .build()))
        .removalPolicy(removal)
        .autoDeleteObjects(false);
  }
}
