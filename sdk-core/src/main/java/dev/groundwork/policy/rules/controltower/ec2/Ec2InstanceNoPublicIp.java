package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Instances get their network interfaces explicitly and do not associate public IP addresses.
 * Mirrors CT.EC2.PR.8.
 */
public final class Ec2InstanceNoPublicIp implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_INSTANCE_NO_PUBLIC_IP", "CT.EC2.PR.8",
          "Require an Amazon EC2 instance to set AssociatePublicIpAddress to false on a new "
          + "network interface created by means of the NetworkInterfaces property in the "
          + "AWS::EC2::Instance resource",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::EC2::Instance")
      .rationale("An instance with a public IP address is reachable from the internet as soon as a "
          + "security group allows it; private instances behind a load balancer or NAT are not.")
      .remediation("Place instances in private subnets and declare network interfaces with "
          + "associatePublicIpAddress false (CfnInstance: networkInterfaces, not subnetId).")
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
    List<Evaluation> parts = new ArrayList<>();
    if (exists(p.path("SubnetId"))) {
      parts.add(Evaluation.nonCompliant("Properties.SubnetId",
          "SubnetId is set, so the subnet decides whether the instance gets a public IP address"));
    }
    if (isNonEmptyList(p.path("NetworkInterfaces"))) {
      parts.add(Ec2LaunchTemplates.noPublicIp(ctx.template(), p.path("NetworkInterfaces"), "Properties.NetworkInterfaces"));
    }
    return combine(parts);
  }
}
