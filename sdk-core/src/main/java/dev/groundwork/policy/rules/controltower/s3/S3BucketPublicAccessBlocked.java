package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.List;

/** Buckets turn on all four bucket-level Block Public Access settings. Mirrors CT.S3.PR.1. */
public final class S3BucketPublicAccessBlocked implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED", "CT.S3.PR.1",
          "Require an Amazon S3 bucket to have block public access settings configured",
          cis("2.1.3"), cis("2.1.5"), nist("AC-21"), nist("AC-3"), nist("AC-3(7)"),
          nist("AC-4"), nist("AC-4(21)"), nist("AC-6"), nist("AU-9"), nist("AU-9(2)"),
          nist("CA-9(1)"), nist("CM-3(6)"), nist("CP-10"), nist("CP-6"), nist("CP-6(1)"),
          nist("CP-6(2)"), nist("CP-9"), nist("SC-12(2)"), nist("SC-13"), nist("SC-28"),
          nist("SC-28(1)"), nist("SC-5(2)"), nist("SC-7"), nist("SC-7(10)"), nist("SC-7(11)"),
          nist("SC-7(16)"), nist("SC-7(20)"), nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"),
          nist("SC-7(9)"), nist("SI-12"), nist("SI-13(5)"), nist("SI-7(6)"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("A bucket with any Block Public Access setting off can be made public by one ACL or "
          + "bucket policy, by mistake or by an attacker holding s3:PutBucketPolicy; with all four "
          + "on, S3 refuses public grants whatever the policy says.")
      .remediation("Set blockPublicAccess(BlockPublicAccess.BLOCK_ALL) on the bucket (CfnBucket: "
          + "publicAccessBlockConfiguration with all four flags true).")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    JsonNode block = p.path("PublicAccessBlockConfiguration");
    if (!isStruct(block)) {
      return Evaluation.nonCompliant("Properties.PublicAccessBlockConfiguration",
          "PublicAccessBlockConfiguration is not set");
    }
    Evaluation.Builder out = Evaluation.builder();
    for (String flag : FLAGS) {
      if (!isTrue(block.path(flag))) {
        out.violation("Properties.PublicAccessBlockConfiguration." + flag, flag + " is not true");
      }
    }
    return out.build();
  }

  /** The four settings, each of which must be the boolean true. */
  static final List<String> FLAGS =
      List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets");
}
