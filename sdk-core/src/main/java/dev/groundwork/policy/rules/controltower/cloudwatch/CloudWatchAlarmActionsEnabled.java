package dev.groundwork.policy.rules.controltower.cloudwatch;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Alarms leave their actions enabled. Mirrors CT.CLOUDWATCH.PR.4. */
public final class CloudWatchAlarmActionsEnabled implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDWATCH_ALARM_ACTION_ENABLED", "CT.CLOUDWATCH.PR.4",
          "Require an Amazon CloudWatch alarm to have actions activated",
          nist("AU-6(1)"), nist("AU-6(5)"), nist("CA-7"), nist("SI-2"), nist("SI-4(12)"))
      .resourceTypes("AWS::CloudWatch::Alarm")
      .rationale("An alarm whose actions are disabled evaluates but never notifies or acts, which looks "
          + "like a working alarm in every review.")
      .remediation("Leave actionsEnabled unset or true on the alarm.")
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
    JsonNode enabled = p.path("ActionsEnabled");
    return Evaluation.failIf(exists(enabled) && !isTrue(enabled), "Properties.ActionsEnabled",
        "ActionsEnabled is not true");
  }
}
