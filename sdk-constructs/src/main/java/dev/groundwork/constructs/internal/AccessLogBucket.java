package dev.groundwork.constructs.internal;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * A bucket that receives access logs (S3 server access logs, load balancer logs): private,
 * TLS-only, versioned, logs expiring after the tier's log retention.
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
  private AccessLogBucket() {}

  /** A retained SSE-S3 access-log bucket, for load balancer access logs. */
  public static Bucket create(Construct scope, String id, int retentionDays) {
    return builder(scope, id, retentionDays, RemovalPolicy.RETAIN)
        .encryption(BucketEncryption.S3_MANAGED)
        .build();
  }

  /**
   * A bucket for S3 server access logs, encrypted with {@code key} (whose policy must admit
   * {@code logging.s3.amazonaws.com}), with {@code removal}; only an explicit opt-out passes DESTROY.
   */
  public static Bucket create(Construct scope, String id, int retentionDays, RemovalPolicy removal, IKey key) {
    return builder(scope, id, retentionDays, removal)
        .encryption(BucketEncryption.KMS)
        .encryptionKey(key)
        .bucketKeyEnabled(true)
        .build();
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
