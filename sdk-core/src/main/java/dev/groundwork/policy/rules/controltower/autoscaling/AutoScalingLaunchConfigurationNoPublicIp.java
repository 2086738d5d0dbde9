package dev.groundwork.policy.rules.controltower.autoscaling;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Launch configurations say explicitly that instances get no public IP address. Mirrors
 * CT.AUTOSCALING.PR.5.
 */
public final class AutoScalingLaunchConfigurationNoPublicIp implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED", "CT.AUTOSCALING.PR.5",
          "Require that an Amazon EC2 Auto Scaling group launch configuration does not have "
          + "Amazon EC2 instances with public IP addresses",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::AutoScaling::LaunchConfiguration")
      .rationale("An instance with a public IP address is reachable from the internet as soon as a "
          + "security group allows it; left unset, the subnet decides.")
      .remediation("Set associatePublicIpAddress(false) on the launch configuration.")
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
    return Evaluation.failIf(!isFalse(p.path("AssociatePublicIpAddress")),
        "Properties.AssociatePublicIpAddress",
        "AssociatePublicIpAddress is not false");
  }
}
