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
 * Auto Scaling groups override their launch template only with AWS Nitro instance types. Mirrors
 * CT.AUTOSCALING.PR.10.
 */
public final class AutoScalingGroupNitroOverrides implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_GROUP_NITRO_INSTANCE_OVERRIDE", "CT.AUTOSCALING.PR.10",
          "Require an Amazon EC2 Auto Scaling group to use only AWS Nitro instance types when "
          + "overriding a launch template",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::AutoScaling::AutoScalingGroup")
      .rationale("An override replaces the launch template's instance type; a non-Nitro override brings "
          + "back the older hardware the template avoided.")
      .remediation("List only Nitro instance types (or instance requirements allowing only Nitro types) in "
          + "the mixed instances policy's overrides.")
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
    return AutoScalingOverrides.acceptedTypes(p, NitroInstanceTypes.NITRO);
  }
}
