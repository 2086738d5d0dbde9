package dev.groundwork.policy.rules.controltower.cloudtrail;

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

/** Trails validate their log files. Mirrors CT.CLOUDTRAIL.PR.2. */
public final class CloudTrailLogFileValidation implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "CT.CLOUDTRAIL.PR.2",
          "Require an AWS CloudTrail trail to have log file validation activated",
          cis("3.2"), nist("AU-9"), nist("SI-4"), nist("SI-7(1)"), nist("SI-7(3)"),
          nist("SI-7(7)"))
      .resourceTypes("AWS::CloudTrail::Trail")
      .rationale("Log file validation writes signed digests, so anyone can prove later that no log file "
          + "was changed or deleted after CloudTrail delivered it.")
      .remediation("Set enableFileValidation(true) on the trail (the CDK default; Groundwork's "
          + "AccountBaseline sets it).")
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
    return Evaluation.failIf(!isTrue(p.path("EnableLogFileValidation")), "Properties.EnableLogFileValidation",
        "log file validation is not on");
  }
}
