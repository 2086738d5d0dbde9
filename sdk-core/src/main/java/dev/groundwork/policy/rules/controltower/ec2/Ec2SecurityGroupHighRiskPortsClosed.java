package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Security group rules open to the internet do not include high-risk ports (SSH, RDP, databases and
 * others). Mirrors CT.EC2.PR.4.
 */
public final class Ec2SecurityGroupHighRiskPortsClosed implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_VPC_SG_RESTRICTED_COMMON_PORTS", "CT.EC2.PR.4",
          "Require that any Amazon EC2 security group rule does not use the source IP range "
          + "0.0.0.0/0 or ::/0 for specific high-risk ports",
          nist("AC-4"), nist("AC-4(21)"), nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"),
          nist("CM-7"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(21)"),
          nist("SC-7(4)"), nist("SC-7(5)"))
      .resourceTypes("AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress")
      .rationale("Administrative and database ports reachable from anywhere are the first thing scanners "
          + "try; AWS lists 24 ports that must never be open to 0.0.0.0/0 or ::/0.")
      .remediation("Reach instances through Systems Manager Session Manager or a bastion, and databases "
          + "from known security groups; never open these ports to the internet.")
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
    return Ec2IngressRules.check(ctx.resource().type(), p, Ec2IngressRules::noHighRiskPort);
  }
}
