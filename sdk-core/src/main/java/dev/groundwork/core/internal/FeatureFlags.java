package dev.groundwork.core.internal;

import java.util.Map;

/**
 * AWS CDK feature flags Groundwork turns on for every app.
 *
 * <p>{@code cdk init} writes recommended flags into a new project's {@code cdk.json}; an app
 * built from Java alone gets CDK's legacy behaviour unless the flags are set on the App. Each
 * flag here is one the secure defaults depend on; the user's own context can still override.
 */
public final class FeatureFlags {
  private FeatureFlags() {}

  /** Flag name to value, passed as App context. */
  public static Map<String, Object> recommended() {
    return Map.of(
        // Grant S3 server-access-log delivery through a bucket policy instead of the legacy
        // LogDeliveryWrite ACL, so log buckets can keep object ACLs disabled.
        "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true,
        // Scope the default KMS key policy to the account instead of granting the root principal
        // kms:* on cross-account/region use.
        "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope", true,
        // Merge IAM policy statements that differ only in one field, keeping policies under size limits.
        "@aws-cdk/aws-iam:minimizePolicies", true);
  }
}
