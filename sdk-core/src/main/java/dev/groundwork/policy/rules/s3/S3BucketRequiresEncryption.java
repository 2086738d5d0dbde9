package dev.groundwork.policy.rules.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Buckets declare default server-side encryption. */
public final class S3BucketRequiresEncryption implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_S3_BUCKET_ENCRYPTION_REQUIRED")
      .title("S3 buckets declare default server-side encryption")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::S3::Bucket")
      .rationale("Declaring encryption makes the data-at-rest posture explicit and reviewable; "
          + "with a customer managed key, access to the data also needs access to the key.")
      .remediation("Set encryption on the bucket, e.g. new Bucket(..., BucketProps.builder()"
          + ".encryption(BucketEncryption.KMS).encryptionKey(key)...).")
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule S3BucketServerSideEncryptionEnabled",
          Control.nist("AU-9(3)"), Control.nist("CP-9(8)"), Control.nist("SC-8(3)"),
          Control.nist("SC-8(4)"), Control.nist("SC-16(1)"), Control.nist("SC-28(1)"),
          Control.nist("SI-19(4)"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode encryption = ctx.resource().property("BucketEncryption");
    if (Intrinsics.isIntrinsic(encryption)) {
      return Evaluation.unknown("Properties.BucketEncryption");
    }
    JsonNode rules = encryption.path("ServerSideEncryptionConfiguration");
    if (!rules.isMissingNode() && !(rules.isArray() && rules.isEmpty())) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.BucketEncryption",
        "bucket has no BucketEncryption.ServerSideEncryptionConfiguration");
  }
}
