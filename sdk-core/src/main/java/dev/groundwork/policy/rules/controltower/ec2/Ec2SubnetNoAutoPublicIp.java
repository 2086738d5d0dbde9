package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Subnets do not give instances public IP addresses automatically. Mirrors CT.EC2.PR.11. */
public final class Ec2SubnetNoAutoPublicIp implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED", "CT.EC2.PR.11",
          "Require that an Amazon EC2 subnet does not automatically assign public IP addresses",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::EC2::Subnet")
      .rationale("A subnet that maps public IP addresses on launch makes every instance started in it "
          + "reachable from the internet, whatever its owner intended.")
      .remediation("Leave mapPublicIpOnLaunch unset or false (private and isolated subnets; for public "
          + "subnets, give addresses explicitly).")
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
    JsonNode map = p.path("MapPublicIpOnLaunch");
    return Evaluation.failIf(exists(map) && !isFalse(map), "Properties.MapPublicIpOnLaunch",
        "MapPublicIpOnLaunch is not false");
  }
}
