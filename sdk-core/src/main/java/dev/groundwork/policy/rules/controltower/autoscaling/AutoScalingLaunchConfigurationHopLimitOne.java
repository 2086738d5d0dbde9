package dev.groundwork.policy.rules.controltower.autoscaling;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Launch configurations with the metadata service on keep its response hop limit at one. Mirrors
 * CT.AUTOSCALING.PR.3.
 */
public final class AutoScalingLaunchConfigurationHopLimitOne implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_LAUNCH_CONFIG_HOP_LIMIT", "CT.AUTOSCALING.PR.3",
          "Require an Amazon EC2 Auto Scaling launch configuration to have a single-hop metadata "
          + "response limit",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::AutoScaling::LaunchConfiguration")
      .rationale("A hop limit above one lets metadata responses, and the role credentials in them, "
          + "travel past the instance, e.g. into containers on a bridge network.")
      .remediation("Leave metadataOptions.httpPutResponseHopLimit unset or 1 on the launch configuration.")
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
    if (!AutoScalingLaunchConfigurationImdsv2.metadataServiceOn(p)) {
      return Evaluation.notApplicable();
    }
    JsonNode limit = p.path("MetadataOptions").path("HttpPutResponseHopLimit");
    return Evaluation.failIf(exists(limit) && !(limit.isIntegralNumber() && limit.intValue() == 1),
        "Properties.MetadataOptions.HttpPutResponseHopLimit", "the hop limit is not 1");
  }
}
