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

/** Security group rules open to the internet allow only ports 80 and 443. Mirrors CT.EC2.PR.3. */
public final class Ec2SecurityGroupOpenOnlyToWebPorts implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS", "CT.EC2.PR.3",
          "Require that any Amazon EC2 security group rule does not use the source IP range "
          + "0.0.0.0/0 or ::/0 for ports other than 80 and 443",
          nist("AC-4"), nist("AC-4(21)"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"),
          nist("SC-7(21)"), nist("SC-7(4)"), nist("SC-7(5)"))
      .resourceTypes("AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress")
      .rationale("Ingress from 0.0.0.0/0, ::/0 or a prefix list on any other port exposes a service to "
          + "scanning and attack from anywhere; web traffic on 80 and 443 is the expected "
          + "exception.")
      .remediation("Restrict the peer of every other ingress rule to a known CIDR or security group (e.g. "
          + "connections.allowFrom(peer, Port.tcp(5432))).")
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
    return Ec2IngressRules.check(ctx.resource().type(), p, Ec2IngressRules::webPortsOnly);
  }
}
