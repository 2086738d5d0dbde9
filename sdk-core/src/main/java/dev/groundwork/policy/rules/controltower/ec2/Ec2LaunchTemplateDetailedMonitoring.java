package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Launch templates turn on detailed (one-minute) CloudWatch monitoring. Mirrors CT.EC2.PR.10. */
public final class Ec2LaunchTemplateDetailedMonitoring implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_LAUNCH_TEMPLATE_MONITORING_ENABLED", "CT.EC2.PR.10",
          "Require Amazon EC2 launch templates to have Amazon CloudWatch detailed monitoring "
          + "activated")
      .resourceTypes("AWS::EC2::LaunchTemplate")
      .rationale("Basic monitoring reports every five minutes; scaling and alarms on one-minute metrics "
          + "react five times faster to a failing or saturated instance.")
      .remediation("Set detailedMonitoring(true) on the launch template (CfnLaunchTemplate: "
          + "launchTemplateData.monitoring.enabled true).")
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
    JsonNode monitoring = p.path("LaunchTemplateData").path("Monitoring");
    return Evaluation.failIf(!isStruct(p.path("LaunchTemplateData")) || !isStruct(monitoring)
            || !isTrue(monitoring.path("Enabled")),
        "Properties.LaunchTemplateData.Monitoring.Enabled", "detailed monitoring is not enabled");
  }
}
