package dev.groundwork.policy.rules.controltower.cloudwatch;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Log groups keep their events for at least a year, or forever. Mirrors CT.CLOUDWATCH.PR.2. */
public final class LogGroupRetainedOneYear implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDWATCH_LOG_GROUP_RETENTION_PERIOD", "CT.CLOUDWATCH.PR.2",
          "Require an Amazon CloudWatch log group to be retained for at least one year",
          nist("AU-10"), nist("AU-11"), nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"),
          nist("SI-12"))
      .resourceTypes("AWS::Logs::LogGroup")
      .rationale("Investigations and audits reach back months; a year of log retention is what most "
          + "frameworks ask for.")
      .remediation("Set retention(RetentionDays.ONE_YEAR) or longer on the log group, or leave retention "
          + "unset to keep logs forever.")
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
    JsonNode days = p.path("RetentionInDays");
    return Evaluation.failIf(exists(days) && !(days.isIntegralNumber() && days.longValue() >= 365),
        "Properties.RetentionInDays", "RetentionInDays is less than 365");
  }
}
