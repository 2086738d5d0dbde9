package dev.groundwork.policy.rules.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** CloudTrail trails validate their log files and encrypt them with a KMS key. */
public final class CloudTrailTrailValidatedAndEncrypted implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_CLOUDTRAIL_TRAIL_VALIDATED_AND_ENCRYPTED")
      .title("CloudTrail trails validate their log files and encrypt them with KMS")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::CloudTrail::Trail")
      .rationale("An audit trail is evidence only if nobody can rewrite it unnoticed and only those "
          + "allowed to decrypt can read it: log-file validation writes signed digests that show any "
          + "change or deletion, and SSE-KMS with a customer managed key puts reading under a key policy.")
      .remediation("Use AccountBaseline, or set EnableLogFileValidation to true and KMSKeyId to a "
          + "customer managed key whose policy admits CloudTrail.")
      .controls("AWS Security Hub CSPM control reference, controls CloudTrail.2 and CloudTrail.4",
          Control.nist("AU-9"), Control.nist("SC-28"), Control.nist("SI-7(1)"),
          Control.cis("3.2"), Control.cis("3.7"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource trail = ctx.resource();
    Evaluation.Builder out = Evaluation.builder();
    Truth validation = Intrinsics.truth(trail.property("EnableLogFileValidation"));
    if (validation == Truth.UNKNOWN) {
      out.add(Evaluation.unknown("Properties.EnableLogFileValidation"));
    } else if (validation == Truth.TRUE) {
      out.add(Evaluation.compliant());
    } else {
      out.add(Evaluation.nonCompliant("Properties.EnableLogFileValidation",
          "EnableLogFileValidation is " + (validation == Truth.ABSENT ? "not set" : "false")));
    }
    JsonNode key = trail.property("KMSKeyId");
    if (key.isMissingNode() || key.isNull() || (key.isTextual() && key.asText().isBlank())) {
      out.add(Evaluation.nonCompliant("Properties.KMSKeyId",
          "KMSKeyId is not set: log files get S3-managed encryption only"));
    } else {
      out.add(Evaluation.compliant());
    }
    return out.build();
  }
}
