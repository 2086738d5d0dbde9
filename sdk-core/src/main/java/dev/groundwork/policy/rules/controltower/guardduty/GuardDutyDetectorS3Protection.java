package dev.groundwork.policy.rules.controltower.guardduty;

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

/** GuardDuty detectors are enabled and watch S3 data events. Mirrors CT.GUARDDUTY.PR.1. */
public final class GuardDutyDetectorS3Protection implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_GUARDDUTY_S3_PROTECTION_ENABLED", "CT.GUARDDUTY.PR.1",
          "Require an Amazon GuardDuty detector to have Amazon S3 protection activated",
          nist("AC-2(12)"), nist("AU-6(1)"), nist("AU-6(5)"), nist("CA-7"), nist("RA-3(4)"),
          nist("SC-7(10)"), nist("SI-4"), nist("SI-4(13)"), nist("SI-4(2)"), nist("SI-4(4)"))
      .resourceTypes("AWS::GuardDuty::Detector")
      .rationale("S3 protection lets GuardDuty analyse object-level API calls on every bucket, which is "
          + "how it finds data being read from an unusual place or by a compromised principal.")
      .remediation("Set enable true and dataSources.s3Logs.enable true on the detector (or the "
          + "S3_DATA_EVENTS feature where the account uses features).")
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
    JsonNode s3Logs = p.path("DataSources").path("S3Logs");
    if (!isTrue(p.path("Enable"))) {
      return Evaluation.nonCompliant("Properties.Enable", "the detector is not enabled");
    }
    return Evaluation.failIf(!isStruct(p.path("DataSources")) || !isStruct(s3Logs)
            || !isTrue(s3Logs.path("Enable")),
        "Properties.DataSources.S3Logs.Enable", "S3 protection (DataSources.S3Logs.Enable) is not true");
  }
}
