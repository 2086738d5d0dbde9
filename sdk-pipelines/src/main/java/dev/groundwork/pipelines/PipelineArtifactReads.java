package dev.groundwork.pipelines;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.core.AccountId;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * What a build role in a target account needs to download the pipeline's input: S3 reads and
 * S3-mediated decryption of resources of the pipeline's account only. The artifact bucket and its
 * key, in the delivery account, name the role in their own policies, so only the pipeline's
 * artifacts are readable.
 */
final class PipelineArtifactReads {
  private PipelineArtifactReads() {}

  static void grant(IRole buildRole, AccountId pipelineAccount, String region) {
    buildRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:GetObject*", "s3:GetBucket*", "s3:List*"))
        .resources(List.of("*"))
        .conditions(Map.of("StringEquals", Map.of("aws:ResourceAccount", pipelineAccount.value())))
        .build());
    buildRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("kms:Decrypt", "kms:DescribeKey"))
        .resources(List.of("*"))
        .conditions(Map.of("StringEquals", ImmutableMap.of(
            "aws:ResourceAccount", pipelineAccount.value(),
            "kms:ViaService", "s3." + region + ".amazonaws.com")))
        .build());
  }
}
