package dev.groundwork.policy.rules.cloudwatch;

import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Alarms have enabled alarm actions. */
public final class AlarmHasActions implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_CLOUDWATCH_ALARM_HAS_ACTIONS")
      .title("CloudWatch alarms notify or act when they fire")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm")
      .rationale("An alarm without actions changes colour on a dashboard nobody watches at "
          + "3 a.m.")
      .remediation("For QueueWorkerService's dead-letter alarm, pass the topic to notify with "
          + "QueueWorkerServiceProps.builder().alarmTopic(topic). For an alarm of your own, call "
          + "alarm.addAlarmAction(new SnsAction(topic)) (or an auto scaling / EC2 action). Keep "
          + "actionsEnabled true.")
      .controls("AWS Security Hub CSPM control reference, control CloudWatch.15; AWS Control Tower control reference, CT.CLOUDWATCH.PR.1",
          Control.nist("AU-6(1)"), Control.nist("AU-6(5)"), Control.nist("CA-7"),
          Control.nist("IR-4(1)"), Control.nist("IR-4(5)"), Control.nist("SI-2"),
          Control.nist("SI-20"), Control.nist("SI-4(12)"), Control.nist("SI-4(5)"),
          Control.controlTower("CT.CLOUDWATCH.PR.1"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource alarm = ctx.resource();
    Truth enabled = Intrinsics.truth(alarm.property("ActionsEnabled"));
    if (enabled == Truth.UNKNOWN) {
      return Evaluation.unknown("Properties.ActionsEnabled");
    }
    if (enabled == Truth.FALSE) {
      return Evaluation.nonCompliant("Properties.ActionsEnabled", "ActionsEnabled is false");
    }
    if (!Intrinsics.items(alarm.property("AlarmActions")).isEmpty()) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.AlarmActions", "alarm has no AlarmActions");
  }
}
