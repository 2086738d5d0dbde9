package dev.groundwork.policy.rules.controltower.ec2;

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

/** Instances turn on detailed (one-minute) CloudWatch monitoring. Mirrors CT.EC2.PR.13. */
public final class Ec2InstanceDetailedMonitoring implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_INSTANCE_DETAILED_MONITORING_ENABLED", "CT.EC2.PR.13",
          "Require an Amazon EC2 instance to have detailed monitoring enabled",
          nist("CA-7"), nist("SI-2"))
      .resourceTypes("AWS::EC2::Instance")
      .rationale("Basic monitoring reports every five minutes; alarms on one-minute metrics react five "
          + "times faster to a failing or saturated instance.")
      .remediation("Set detailedMonitoring(true) on the instance.")
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
    return Evaluation.failIf(!isTrue(p.path("Monitoring")), "Properties.Monitoring",
        "Monitoring is not true");
  }
}
