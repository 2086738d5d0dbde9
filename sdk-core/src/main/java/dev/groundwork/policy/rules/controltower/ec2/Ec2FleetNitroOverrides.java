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
import dev.groundwork.policy.rules.controltower.internal.NitroInstanceTypes;

/**
 * EC2 fleets override launch templates only with AWS Nitro instance types. Mirrors CT.EC2.PR.18.
 */
public final class Ec2FleetNitroOverrides implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_FLEET_NITRO_INSTANCE_OVERRIDE", "CT.EC2.PR.18",
          "Require an Amazon EC2 fleet to override only those launch templates with AWS Nitro "
          + "instance types",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::EC2::EC2Fleet")
      .rationale("An override replaces the launch template's instance type; a non-Nitro override brings "
          + "back the older hardware the template avoided.")
      .remediation("List only Nitro instance types (or instance requirements allowing only Nitro types) in "
          + "the fleet's launch template overrides.")
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
    return Ec2LaunchTemplates.fleetOverrides(p, NitroInstanceTypes.NITRO);
  }
}
