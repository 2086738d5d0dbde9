package dev.groundwork.policy.rules.controltower.autoscaling;

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
 * Auto Scaling groups override their launch template only with Nitro instance types that encrypt
 * traffic between instances. Mirrors CT.AUTOSCALING.PR.11.
 */
public final class AutoScalingGroupEncryptionInTransitOverrides implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_GROUP_NITRO_ENCRYPTION_IN_TRANSIT_OVERRIDE", "CT.AUTOSCALING.PR.11",
          "Require only AWS Nitro instance types that support network traffic encryption between "
          + "instances to be added to an Amazon EC2 Auto Scaling group, when overriding a launch "
          + "template",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::AutoScaling::AutoScalingGroup")
      .rationale("An override replaces the launch template's instance type; an override without "
          + "encryption in transit brings back unencrypted traffic between instances.")
      .remediation("List only instance types with encryption in transit (or instance requirements allowing "
          + "only those) in the mixed instances policy's overrides.")
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
    return AutoScalingOverrides.acceptedTypes(p, NitroInstanceTypes.ENCRYPTION_IN_TRANSIT);
  }
}
