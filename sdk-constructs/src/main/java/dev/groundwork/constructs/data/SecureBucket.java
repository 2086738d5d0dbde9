package dev.groundwork.constructs.data;

import dev.groundwork.constructs.internal.AccessLogBucket;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problem;
import dev.groundwork.core.Tier;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.ObjectLockRetention;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * An S3 bucket that is private, encrypted with a customer managed KMS key, TLS-only, versioned,
 * access-logged and retained.
 *
 * <p>Resources: the bucket (SSE-KMS with bucket keys and the stack's shared data
 * {@link EncryptionKey} unless one is given, all public access
 * blocked, object ACLs disabled, a policy denying non-TLS and TLS below 1.2), and an access-log
 * bucket (SSE-KMS with the stack's shared logs key, whose policy admits S3 server access
 * logging; logs expire after the tier's log retention). The bucket sends every event to
 * EventBridge; a lifecycle rule aborts incomplete multipart uploads after 7 days and moves
 * noncurrent versions to Standard-IA after 30 days, expiring them after 30 / 90 / 365 days by
 * tier; Object Lock (governance) is optional. The bucket carries the
 * {@link BackupPlan#SELECTION_TAG} tag, so the environment's {@link BackupPlan} backs it up. Both are retained when the stack is deleted unless
 * {@link SecureBucketProps#destroyOnStackDeletion()} is set outside PROD; the key is always
 * retained.
 */
public final class SecureBucket extends Construct {
  private final EncryptionKey key;
  private final Bucket bucket;
  private final Bucket accessLogs;

  public SecureBucket(Construct scope, String id, SecureBucketProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    if (props.destroyOnStackDeletion() && context.tier() == Tier.PROD) {
      throw new GroundworkValidationException(List.of(new Problem("BUCKET_DESTROY_IN_PROD",
          "SecureBucket at '" + getNode().getPath() + "'", "destroyOnStackDeletion",
          "true", "false in a PROD environment",
          "Remove destroyOnStackDeletion(true); production data is always retained.")));
    }
    RemovalPolicy removal =
        props.destroyOnStackDeletion() ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.key = props.encryptionKey().orElseGet(() -> EncryptionKey.forPurpose(this, KeyPurpose.DATA));
    this.accessLogs = AccessLogBucket.create(this, "AccessLogs", context.defaults().logRetentionDays(),
        removal, EncryptionKey.forPurpose(this, KeyPurpose.LOGS).allowS3ServerAccessLogs().key());
    int noncurrentDays = props.noncurrentVersionRetentionDays().orElse(switch (context.tier()) {
      case DEV -> 30;
      case STAGING -> 90;
      case PROD -> 365;
    });
    Bucket.Builder builder = Bucket.Builder.create(this, "Bucket")
        .encryption(BucketEncryption.KMS)
        .encryptionKey(key.key())
        .bucketKeyEnabled(true)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .enforceSsl(true)
        .minimumTlsVersion(1.2)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .versioned(props.versioned())
        .serverAccessLogsBucket(accessLogs)
        .serverAccessLogsPrefix("bucket/")
        .removalPolicy(removal)
        .autoDeleteObjects(false)
        .lifecycleRules(lifecycleRules(props.versioned(), noncurrentDays));
    props.bucketName().ifPresent(builder::bucketName);
    props.objectLockRetentionDays().ifPresent(days -> builder
        .objectLockEnabled(true)
        .objectLockDefaultRetention(ObjectLockRetention.governance(Duration.days(days))));
    this.bucket = builder.build();
    // The bucket's own property, not CDK's eventBridgeEnabled, which adds a Lambda-backed custom resource.
    ((CfnBucket) bucket.getNode().getDefaultChild()).setNotificationConfiguration(
        CfnBucket.NotificationConfigurationProperty.builder()
            .eventBridgeConfiguration(CfnBucket.EventBridgeConfigurationProperty.builder()
                .eventBridgeEnabled(true).build())
            .build());
    Tags.of(bucket).add(BackupPlan.SELECTION_TAG, "true");
  }

  private static List<LifecycleRule> lifecycleRules(boolean versioned, int noncurrentDays) {
    LifecycleRule.Builder rule = LifecycleRule.builder()
        .id("abort-incomplete-uploads-and-age-old-versions")
        .abortIncompleteMultipartUploadAfter(Duration.days(7));
    if (versioned) {
      if (noncurrentDays > 30) {
        rule.noncurrentVersionTransitions(List.of(NoncurrentVersionTransition.builder()
            .storageClass(StorageClass.INFREQUENT_ACCESS)
            .transitionAfter(Duration.days(30))
            .build()));
      }
      rule.noncurrentVersionExpiration(Duration.days(noncurrentDays));
    }
    return List.of(rule.build());
  }

  /** The bucket, for grants and integrations. */
  public IBucket bucket() {
    return bucket;
  }

  /** The key that encrypts the bucket's objects. */
  public IKey key() {
    return key.key();
  }

  /** The bucket that receives the server access logs. */
  public IBucket accessLogsBucket() {
    return accessLogs;
  }
}
