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
 * EC2 fleets override launch templates only with Nitro instance types that encrypt traffic between
 * instances. Mirrors CT.EC2.PR.20.
 */
public final class Ec2FleetEncryptionInTransitOverrides implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_FLEET_NITRO_ENCRYPTION_IN_TRANSIT_OVERRIDE", "CT.EC2.PR.20",
          "Require an Amazon EC2 fleet to override only those launch templates with AWS Nitro "
          + "instance types that support encryption in transit between instances",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::EC2::EC2Fleet")
      .rationale("An override replaces the launch template's instance type; an override without "
          + "encryption in transit brings back unencrypted traffic between instances.")
      .remediation("List only instance types with encryption in transit (or instance requirements allowing "
          + "only those) in the fleet's launch template overrides.")
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
    return Ec2LaunchTemplates.fleetOverrides(p, NitroInstanceTypes.ENCRYPTION_IN_TRANSIT);
  }
}
