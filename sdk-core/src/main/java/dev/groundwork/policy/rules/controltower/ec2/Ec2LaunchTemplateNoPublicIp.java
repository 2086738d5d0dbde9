package dev.groundwork.policy.rules.controltower.ec2;

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

/**
 * Launch templates do not associate public IP addresses with their network interfaces. Mirrors
 * CT.EC2.PR.9.
 */
public final class Ec2LaunchTemplateNoPublicIp implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_LAUNCH_TEMPLATE_PUBLIC_IP_DISABLED", "CT.EC2.PR.9",
          "Require any Amazon EC2 launch template not to auto-assign public IP addresses to "
          + "network interfaces",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::EC2::LaunchTemplate")
      .rationale("Instances launched with a public IP address are reachable from the internet as soon as "
          + "a security group allows it; private instances behind a load balancer or NAT are not.")
      .remediation("Set associatePublicIpAddress(false) on the launch template's network interfaces, and "
          + "launch into private subnets.")
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
    JsonNode interfaces = p.path("LaunchTemplateData").path("NetworkInterfaces");
    if (!isStruct(p.path("LaunchTemplateData")) || !isNonEmptyList(interfaces)) {
      return Evaluation.notApplicable();
    }
    return Ec2LaunchTemplates.noPublicIp(ctx.template(), interfaces, "Properties.LaunchTemplateData.NetworkInterfaces");
  }
}
