package dev.groundwork.policy.rules.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.List;

/** Buckets turn on all four public access block settings. */
public final class S3BucketBlocksPublicAccess implements Rule {

  private static final List<String> FLAGS =
      List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets");

  private static final RuleInfo INFO = RuleInfo.builder("GW_S3_BUCKET_PUBLIC_ACCESS_BLOCKED")
      .title("S3 buckets block all public access")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::S3::Bucket")
      .rationale("Public buckets are the most common source of data leaks; blocking public ACLs "
          + "and policies at the bucket makes an accidental grant impossible.")
      .remediation("Use blockPublicAccess(BlockPublicAccess.BLOCK_ALL); serve public content "
          + "through CloudFront with origin access control instead.")
      .controls("AWS Security Hub CSPM control reference, control S3.8",
          ComplianceSources.PUBLIC_ACCESS, Control.pci("1.4.4"), Control.cis("2.1.5"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode config = ctx.resource().property("PublicAccessBlockConfiguration");
    if (config.isMissingNode()) {
      return Evaluation.nonCompliant("Properties.PublicAccessBlockConfiguration",
          "bucket has no PublicAccessBlockConfiguration");
    }
    if (Intrinsics.isIntrinsic(config)) {
      return Evaluation.unknown("Properties.PublicAccessBlockConfiguration");
    }
    Evaluation.Builder out = Evaluation.builder();
    for (String flag : FLAGS) {
      String path = "Properties.PublicAccessBlockConfiguration." + flag;
      Truth value = Intrinsics.truth(config.path(flag));
      if (value == Truth.UNKNOWN) {
        out.unknown(path);
      } else if (value != Truth.TRUE) {
        out.violation(path, flag + " is " + (value == Truth.ABSENT ? "not set" : "false"));
      }
    }
    return out.build();
  }
}
