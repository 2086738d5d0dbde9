package dev.groundwork.constructs.data;

/**
 * What a {@link SecureBucket} holds, which decides its durability defaults.
 *
 * <p>Audit logs (CloudTrail, AWS Config, VPC flow logs delivered to S3) get Object Lock in PROD
 * so that nobody can rewrite the record; data gets cross-region replication in PROD when the
 * environment names a recovery region. S3 server access logs and load balancer access logs are
 * not a {@code SecureBucket}'s contents: they go to Groundwork's access-log buckets, which AWS does
 * not let carry an Object Lock default retention (see {@link SecureBucket}).
 */
public enum BucketContents {
  /** Application data: replicated to the recovery region in PROD. The default. */
  DATA,
  /** Audit logs: Object Lock (governance mode) in PROD, retained for the tier's log retention. */
  AUDIT_LOGS
}
