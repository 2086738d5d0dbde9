package dev.groundwork.policy.rules.controltower.cloudwatch;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Alarms act when they go into ALARM. Mirrors CT.CLOUDWATCH.PR.1. */
public final class CloudWatchAlarmHasAlarmActions implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDWATCH_ALARM_ACTION", "CT.CLOUDWATCH.PR.1",
          "Require an Amazon CloudWatch alarm to have an action configured for the alarm state",
          nist("AU-6(1)"), nist("AU-6(5)"), nist("CA-7"), nist("IR-4(1)"), nist("IR-4(5)"),
          nist("SI-2"), nist("SI-20"), nist("SI-4(12)"), nist("SI-4(5)"))
      .resourceTypes("AWS::CloudWatch::Alarm")
      .rationale("An alarm without an action changes colour on a dashboard nobody is watching; an action "
          + "(a topic, an Auto Scaling or EC2 action) makes the alarm reach someone or something.")
      .remediation("Add an alarm action, e.g. alarm.addAlarmAction(new SnsAction(topic)).")
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
    return Evaluation.failIf(!isNonEmptyList(p.path("AlarmActions")), "Properties.AlarmActions",
        "the alarm has no AlarmActions");
  }
}
