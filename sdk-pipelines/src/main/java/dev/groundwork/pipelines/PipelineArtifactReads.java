package dev.groundwork.pipelines;

import dev.groundwork.core.AccountId;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * What a build role in a target account needs to download the pipeline's input: reads of the
 * pipeline's artifact bucket, named, and S3-mediated decryption with the pipeline account's keys
 * of that region. The bucket has a fixed name ({@link #bucketName}) so a role in another account
 * can name it; the bucket and its key, in the delivery account, also name the role in their own
 * policies, so only the pipeline's artifacts are readable. No statement is on {@code Resource: "*"}.
 */
final class PipelineArtifactReads {
  private PipelineArtifactReads() {}

  /**
   * The artifact bucket's name, e.g. {@code orders-pipeline-artifacts-444444444444-eu-west-1}:
   * unique per app, account and region, and known to the environments' stacks without a lookup.
   */
  static String bucketName(String app, AccountId pipelineAccount, String region) {
    return app + "-pipeline-artifacts-" + pipelineAccount.value() + "-" + region;
  }

  static void grant(IRole buildRole, String app, AccountId pipelineAccount, String region) {
    String bucket = "arn:" + Aws.PARTITION + ":s3:::" + bucketName(app, pipelineAccount, region);
    buildRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:GetObject*", "s3:GetBucket*", "s3:List*"))
        .resources(List.of(bucket, bucket + "/*"))
        .build());
    buildRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("kms:Decrypt", "kms:DescribeKey"))
        .resources(List.of("arn:" + Aws.PARTITION + ":kms:" + region + ":" + pipelineAccount.value() + ":key/*"))
        .conditions(Map.of("StringEquals", Map.of("kms:ViaService", "s3." + region + ".amazonaws.com")))
        .build());
  }
}
