package dev.groundwork.constructs.data;

import dev.groundwork.constructs.internal.AccessLogBucket;
import dev.groundwork.constructs.internal.RecoveryStack;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
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
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.constructs.Construct;

/**
 * An S3 bucket that is private, encrypted with a customer managed KMS key, TLS-only, versioned,
 * access-logged and retained, replicated to the recovery region in PROD.
 *
 * <p>Resources: the bucket (SSE-KMS with bucket keys and the stack's shared data
 * {@link EncryptionKey} unless one is given, all public access
 * blocked, object ACLs disabled, a policy denying non-TLS and TLS below 1.2), and an access-log
 * bucket (SSE-KMS with the stack's shared logs key, whose policy admits S3 server access
 * logging; logs expire after the tier's log retention). The bucket sends every event to
 * EventBridge; a lifecycle rule aborts incomplete multipart uploads after 7 days and moves
 * noncurrent versions to Standard-IA after 30 days, expiring them after 30 / 90 / 365 days by
 * tier. The bucket carries the {@link BackupPlan#SELECTION_TAG} tag, so the environment's
 * {@link BackupPlan} backs it up. Both are retained when the stack is deleted unless
 * {@link SecureBucketProps#destroyOnStackDeletion()} is set outside PROD; the key is always
 * retained.
 *
 * <p>Replication ({@link SecureBucketProps#replicateToRecoveryRegion()}, on in PROD for data
 * when the environment names a recovery region): a replica bucket in the environment's recovery
 * stack ({@code PlatformEnvironment.addRecoveryStack()}, added before the bucket), itself a
 * {@code SecureBucket}, encrypted with the recovery stack's data key; a role S3 assumes, allowed
 * to read this bucket's versions, decrypt with its key and write and encrypt replicas only; a
 * replication rule for every object, delete markers not replicated (see
 * {@link CrossRegionReplication} for why, and why names instead of cross-region references).
 *
 * <p>Object Lock ({@link SecureBucketProps#objectLock()}, governance mode with a default
 * retention, on in PROD for {@link BucketContents#AUDIT_LOGS}; enabled without a default retention
 * on every other PROD bucket, as AWS Control Tower's CT.S3.PR.9 requires) applies to this bucket
 * and its replica, never to its access-log bucket: "The destination bucket must not have an S3 Object Lock default retention
 * period configuration", per
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html (and "S3 buckets with
 * Object Lock can't be used as destination buckets for server access logs", per
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-configure.html). Load balancer
 * access logs need SSE-S3, so they never go to a {@code SecureBucket} either.
 */
public final class SecureBucket extends Construct {
  private final EncryptionKey key;
  private final Bucket bucket;
  private final Bucket accessLogs;
  private final Optional<SecureBucket> replica;

  public SecureBucket(Construct scope, String id, SecureBucketProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    SecureBucketSettings settings = SecureBucketDefaults.resolve(props, context);
    Problems validation = Problems.of("SecureBucket", this);
    if (settings.destroyOnStackDeletion() && !settings.destroyOnStackDeletionAllowed()) {
      validation.add("BUCKET_DESTROY_IN_PROD", "destroyOnStackDeletion", "true", "false in a PROD environment",
          "Remove destroyOnStackDeletion(true); production data is always retained.");
    }
    boolean objectLock = settings.objectLock();
    Optional<Stack> recovery = Optional.empty();
    if (settings.replicateToRecoveryRegion()) {
      if (context.recoveryRegion().isEmpty()) {
        validation.add("BUCKET_REPLICATION_NO_RECOVERY_REGION", "replicateToRecoveryRegion", "true",
            "true only when the environment names a recovery region",
            "Add .recoveryRegion(\"eu-central-1\") to the environment's EnvironmentProps, or remove replicateToRecoveryRegion(true).");
      } else {
        recovery = RecoveryStack.require(this, validation, "replicateToRecoveryRegion");
      }
      if (!settings.versioned()) {
        validation.add("BUCKET_REPLICATION_UNVERSIONED", "versioned", "false with replication on",
            "true: S3 replicates object versions", "Keep versioning on, or add replicateToRecoveryRegion(false).");
      }
    }
    validation.throwIfAny();
    RemovalPolicy removal =
        settings.destroyOnStackDeletion() ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.key = props.encryptionKey().orElseGet(() -> EncryptionKey.forPurpose(this, KeyPurpose.DATA));
    this.accessLogs = AccessLogBucket.create(this, "AccessLogs", settings.accessLogRetentionDays(),
        removal, EncryptionKey.forPurpose(this, KeyPurpose.LOGS).allowS3ServerAccessLogs().key());
    int noncurrentDays = settings.noncurrentVersionRetentionDays();
    int lockDays = settings.objectLockRetentionDays();
    Bucket.Builder builder = Bucket.Builder.create(this, "Bucket")
        .encryption(BucketEncryption.KMS)
        .encryptionKey(key.key())
        .bucketKeyEnabled(true)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .enforceSsl(true)
        .minimumTlsVersion(1.2)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .versioned(settings.versioned())
        .serverAccessLogsBucket(accessLogs)
        .serverAccessLogsPrefix("bucket/")
        .removalPolicy(removal)
        .autoDeleteObjects(false)
        .lifecycleRules(lifecycleRules(settings.versioned(), noncurrentDays));
    props.bucketName().ifPresent(builder::bucketName);
    if (settings.objectLockEnabled()) {
      builder.objectLockEnabled(true);
    }
    if (objectLock) {
      builder.objectLockDefaultRetention(ObjectLockRetention.governance(Duration.days(lockDays)));
    }
    this.bucket = builder.build();
    // The bucket's own property, not CDK's eventBridgeEnabled, which adds a Lambda-backed custom resource.
    ((CfnBucket) bucket.getNode().getDefaultChild()).setNotificationConfiguration(
        CfnBucket.NotificationConfigurationProperty.builder()
            .eventBridgeConfiguration(CfnBucket.EventBridgeConfigurationProperty.builder()
                .eventBridgeEnabled(true).build())
            .build());
    Tags.of(bucket).add(BackupPlan.SELECTION_TAG, "true");
    this.replica = recovery.map(stack -> new CrossRegionReplication(this, "Replication", bucket, key, stack,
        SecureBucketProps.builder()
            .contents(props.contents())
            .noncurrentVersionRetentionDays(noncurrentDays)
            // The replica locks as this bucket does (same tier: enabled with or without a retention).
            .objectLock(objectLock ? Optional.of(true) : settings.objectLockEnabled() ? Optional.empty() : Optional.of(false))
            .objectLockRetentionDays(objectLock ? Optional.of(lockDays) : Optional.empty())
            .replicateToRecoveryRegion(false)
            .destroyOnStackDeletion(props.destroyOnStackDeletion()), settings.objectLockEnabled()).replica());
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

  /** The replica in the environment's recovery stack, when the bucket replicates. */
  public Optional<SecureBucket> replica() {
    return replica;
  }

  /** The bucket that receives the server access logs. */
  public IBucket accessLogsBucket() {
    return accessLogs;
  }
}
