package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
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
 * Launch templates with the metadata service on require IMDSv2 session tokens. Mirrors CT.EC2.PR.1.
 */
public final class Ec2LaunchTemplateImdsv2 implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_LAUNCH_TEMPLATE_IMDSV2", "CT.EC2.PR.1",
          "Require an Amazon EC2 launch template to have IMDSv2 configured",
          nist("AC-21"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-4"),
          nist("AC-4(21)"), nist("AC-6"), nist("CA-7"), nist("CA-9(1)"), nist("CM-2"),
          nist("CM-3(6)"), nist("SC-13"), nist("SC-23"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7"), nist("SC-7(10)"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"), nist("SC-8"),
          nist("SC-8(1)"), nist("SI-2"), nist("SI-7(6)"))
      .resourceTypes("AWS::EC2::LaunchTemplate")
      .rationale("IMDSv1 answers any request that reaches 169.254.169.254, so a server-side request "
          + "forgery in the application hands out the instance role's credentials; IMDSv2 requires "
          + "a session token first.")
      .remediation("Set requireImdsv2(true) on the launch template (CfnLaunchTemplate: "
          + "metadataOptions.httpTokens \"required\").")
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
    JsonNode data = p.path("LaunchTemplateData");
    if (!Ec2LaunchTemplates.metadataServiceOn(data)) {
      return Evaluation.notApplicable();
    }
    JsonNode options = data.path("MetadataOptions");
    return Evaluation.failIf(!isStruct(options) || !is(options.path("HttpTokens"), "required"),
        "Properties.LaunchTemplateData.MetadataOptions.HttpTokens", "HttpTokens is not required");
  }
}
