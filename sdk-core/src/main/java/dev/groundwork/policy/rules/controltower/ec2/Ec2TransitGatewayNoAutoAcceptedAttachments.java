package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Transit gateways do not accept shared VPC attachments automatically. Mirrors CT.EC2.PR.6. */
public final class Ec2TransitGatewayNoAutoAcceptedAttachments implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_TRANSIT_GATEWAY_AUTO_VPC_ATTACH_DISABLED", "CT.EC2.PR.6",
          "Require that Amazon EC2 transit gateways refuse automatic Amazon VPC attachment "
          + "requests",
          nist("AC-4(21)"), nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::EC2::TransitGateway")
      .rationale("With automatic acceptance, any account the gateway is shared with can attach a VPC and "
          + "route into every network on it without review.")
      .remediation("Leave autoAcceptSharedAttachments unset or \"disable\" on the transit gateway and accept "
          + "attachments explicitly.")
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
    JsonNode accept = p.path("AutoAcceptSharedAttachments");
    return Evaluation.failIf(exists(accept) && !is(accept, "disable"),
        "Properties.AutoAcceptSharedAttachments",
        "AutoAcceptSharedAttachments is not disable");
  }
}
