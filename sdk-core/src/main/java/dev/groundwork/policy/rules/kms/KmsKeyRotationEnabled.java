package dev.groundwork.policy.rules.kms;

import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Symmetric keys rotate their key material. */
public final class KmsKeyRotationEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_KMS_KEY_ROTATION_ENABLED")
      .title("Symmetric KMS keys rotate their key material")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::KMS::Key")
      .rationale("Yearly rotation limits how much data one key version protects and is "
          + "required by most compliance frameworks. Asymmetric and HMAC keys cannot rotate.")
      .remediation("Set enableKeyRotation(true) on the key.")
      .controls("AWS Security Hub CSPM control reference, control KMS.4",
          Control.nist("SC-12"), Control.nist("SC-12(2)"), Control.nist("SC-28(3)"),
          Control.pci("3.7.4"), Control.cis("3.8"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource key = ctx.resource();
    String spec = key.property("KeySpec").asText("SYMMETRIC_DEFAULT");
    String usage = key.property("KeyUsage").asText("ENCRYPT_DECRYPT");
    if (!spec.equals("SYMMETRIC_DEFAULT") || !usage.equals("ENCRYPT_DECRYPT")) {
      return Evaluation.notApplicable();
    }
    Truth rotation = Intrinsics.truth(key.property("EnableKeyRotation"));
    if (rotation == Truth.UNKNOWN) {
      return Evaluation.unknown("Properties.EnableKeyRotation");
    }
    if (rotation == Truth.TRUE) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.EnableKeyRotation",
        "EnableKeyRotation is " + (rotation == Truth.ABSENT ? "not set" : "false"));
  }
}
