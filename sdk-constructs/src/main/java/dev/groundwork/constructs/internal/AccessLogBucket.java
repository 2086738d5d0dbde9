package dev.groundwork.constructs.compute;

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
 * The bucket for a load balancer's access logs: private, TLS-only, versioned, retained, logs
 * expiring after the tier's log retention.
 *
 * <p>Encrypted with S3-managed keys (SSE-S3): Elastic Load Balancing can only deliver access
 * logs to buckets encrypted that way, not with KMS keys.
 */
final class AccessLogBucket {
  private AccessLogBucket() {}

  static Bucket create(Construct scope, String id, int retentionDays) {
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
        .removalPolicy(RemovalPolicy.RETAIN)
        .autoDeleteObjects(false)
        .build();
  }
}
