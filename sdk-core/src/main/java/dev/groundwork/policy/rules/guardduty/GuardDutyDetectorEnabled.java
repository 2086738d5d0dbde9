package dev.groundwork.policy.rules.guardduty;

import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** A declared GuardDuty detector is enabled. */
public final class GuardDutyDetectorEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_GUARDDUTY_DETECTOR_ENABLED")
      .title("GuardDuty detectors are enabled")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::GuardDuty::Detector")
      .rationale("A detector that exists but is disabled looks like threat detection in a template "
          + "review and detects nothing; AWS allows one detector per account and region, so it also "
          + "blocks anyone from enabling another.")
      .remediation("Set Enable to true (AccountBaseline does), or remove the detector and let the "
          + "organisation's GuardDuty administrator manage it.")
      .controls("AWS Security Hub CSPM control reference, control GuardDuty.1",
          Control.nist("AC-2(12)"), Control.nist("AU-6(1)"), Control.nist("CA-7"),
          Control.nist("SI-4"), Control.nist("SI-4(4)"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Truth enabled = Intrinsics.truth(ctx.resource().property("Enable"));
    return switch (enabled) {
      case TRUE -> Evaluation.compliant();
      case UNKNOWN -> Evaluation.unknown("Properties.Enable");
      default -> Evaluation.nonCompliant("Properties.Enable",
          "Enable is " + (enabled == Truth.ABSENT ? "not set" : "false"));
    };
  }
}
