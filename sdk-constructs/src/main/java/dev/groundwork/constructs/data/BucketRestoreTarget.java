package dev.groundwork.constructs.data;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * A bucket under restore test: restored from its latest AWS Backup recovery point into a new
 * bucket {@code awsbackup-restore-test-…}, its objects encrypted with the bucket's own key
 * (SSE-KMS) rather than AWS Backup's default SSE-S3.
 *
 * @param owner the Groundwork construct
 * @param bucket the bucket
 * @param key the bucket's key
 */
record BucketRestoreTarget(SecureBucket owner, IBucket bucket, IKey key) implements RestoreTarget {

  /** AWS Backup names restored buckets with this prefix. */
  static final String RESTORED_PREFIX = "awsbackup-restore-test-";

  @Override
  public String resourceType() {
    return "S3";
  }

  @Override
  public String resourceArn() {
    return bucket.getBucketArn();
  }

  @Override
  public Map<String, String> metadataOverrides(Construct scope) {
    return ImmutableMap.of("encryptionType", "SSE-KMS", "kmsKey", key.getKeyArn());
  }

  /** AWS's managed S3 restore policy, limited to the restored buckets and this bucket's key. */
  @Override
  public List<PolicyStatement> restorePermissions() {
    String restored = "arn:" + Stack.of(owner).getPartition() + ":s3:::" + RESTORED_PREFIX + "*";
    return List.of(
        PolicyStatement.Builder.create()
            .sid("CreateTheRestoredBucket")
            .actions(List.of("s3:CreateBucket", "s3:ListBucket", "s3:ListBucketVersions", "s3:GetBucketLocation",
                "s3:GetBucketVersioning", "s3:PutBucketVersioning", "s3:GetBucketOwnershipControls",
                "s3:PutBucketOwnershipControls"))
            .resources(List.of(restored))
            .build(),
        PolicyStatement.Builder.create()
            .sid("WriteTheRestoredObjects")
            .actions(List.of("s3:PutObject", "s3:GetObject", "s3:GetObjectVersion", "s3:DeleteObject",
                "s3:GetObjectAcl", "s3:PutObjectAcl", "s3:GetObjectVersionAcl", "s3:PutObjectVersionAcl",
                "s3:GetObjectTagging", "s3:PutObjectTagging", "s3:ListMultipartUploadParts"))
            .resources(List.of(restored + "/*"))
            .build(),
        PolicyStatement.Builder.create()
            .sid("EncryptWithTheBucketsKeyThroughS3")
            .actions(List.of("kms:DescribeKey", "kms:GenerateDataKey", "kms:Decrypt"))
            .resources(List.of(key.getKeyArn()))
            .conditions(Map.of("StringLike", Map.of("kms:ViaService", "s3.*.amazonaws.com")))
            .build());
  }
}
