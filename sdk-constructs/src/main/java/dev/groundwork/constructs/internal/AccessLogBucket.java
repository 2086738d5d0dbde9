package dev.groundwork.constructs.internal;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
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
 * <p>Encrypted with S3-managed keys (SSE-S3): S3 server access logging and Elastic Load
 * Balancing can only deliver to buckets encrypted that way, not with KMS keys.
 */
public final class AccessLogBucket {
  private AccessLogBucket() {}

  /** A retained access-log bucket. */
  public static Bucket create(Construct scope, String id, int retentionDays) {
    return create(scope, id, retentionDays, RemovalPolicy.RETAIN);
  }

  /** An access-log bucket with {@code removal}; only an explicit opt-out passes DESTROY. */
  public static Bucket create(Construct scope, String id, int retentionDays, RemovalPolicy removal) {
    return Bucket.Builder.create(scope, id)
        .encryption(BucketEncryption.S3_MANAGED)
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
        .autoDeleteObjects(false)
        .build();
  }
}
