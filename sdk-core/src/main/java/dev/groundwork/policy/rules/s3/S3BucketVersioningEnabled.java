package dev.groundwork.policy.rules.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Buckets keep object versions. */
public final class S3BucketVersioningEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_S3_BUCKET_VERSIONING_ENABLED")
      .title("S3 buckets have versioning enabled")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes("AWS::S3::Bucket")
      .rationale("Versioning recovers objects that were overwritten or deleted by mistake or "
          + "by ransomware.")
      .remediation("Set versioned(true) on the bucket; add lifecycle rules to expire old "
          + "versions if cost matters.")
      .controls("AWS Security Hub CSPM control reference, control S3.14",
          Control.nist("AU-9(2)"), Control.nist("CP-10"), Control.nist("CP-6"),
          Control.nist("CP-6(1)"), Control.nist("CP-6(2)"), Control.nist("CP-9"),
          Control.nist("SC-5(2)"), Control.nist("SI-12"), Control.nist("SI-13(5)"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode status = ctx.resource().property("VersioningConfiguration").path("Status");
    if (Intrinsics.isIntrinsic(status)) {
      return Evaluation.unknown("Properties.VersioningConfiguration.Status");
    }
    if ("Enabled".equals(status.asText())) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.VersioningConfiguration.Status",
        "versioning status is " + (status.isMissingNode() ? "not set" : status.asText()));
  }
}
