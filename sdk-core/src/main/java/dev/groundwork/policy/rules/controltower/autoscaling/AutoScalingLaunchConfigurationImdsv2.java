package dev.groundwork.policy.rules.controltower.autoscaling;

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

/**
 * Launch configurations with the metadata service on require IMDSv2 session tokens. Mirrors
 * CT.AUTOSCALING.PR.2.
 */
public final class AutoScalingLaunchConfigurationImdsv2 implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_LAUNCH_CONFIG_REQUIRES_IMDSV2", "CT.AUTOSCALING.PR.2",
          "Require an Amazon EC2 Auto Scaling group launch configuration to configure Amazon EC2 "
          + "instances for IMDSv2",
          nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-6"), nist("CA-9(1)"),
          nist("CM-2"))
      .resourceTypes("AWS::AutoScaling::LaunchConfiguration")
      .rationale("IMDSv1 answers any request that reaches 169.254.169.254, so a server-side request "
          + "forgery in the application hands out the instance role's credentials; IMDSv2 requires "
          + "a session token first.")
      .remediation("Set metadataOptions.httpTokens \"required\" on the launch configuration, or move to a "
          + "launch template with requireImdsv2(true).")
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
    if (!metadataServiceOn(p)) {
      return Evaluation.notApplicable();
    }
    JsonNode options = p.path("MetadataOptions");
    return Evaluation.failIf(!isStruct(options) || !is(options.path("HttpTokens"), "required"),
        "Properties.MetadataOptions.HttpTokens", "HttpTokens is not required");
  }

  /** The launch configuration leaves the instance metadata service on. */
  static boolean metadataServiceOn(JsonNode configuration) {
    JsonNode options = configuration.path("MetadataOptions");
    return !exists(options) || (isStruct(options)
        && (!exists(options.path("HttpEndpoint")) || is(options.path("HttpEndpoint"), "enabled")));
  }
}
