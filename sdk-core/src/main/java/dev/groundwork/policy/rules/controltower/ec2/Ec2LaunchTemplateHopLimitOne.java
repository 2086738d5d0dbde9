package dev.groundwork.policy.rules.controltower.ec2;

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
 * Launch templates with the metadata service on keep its response hop limit at one. Mirrors
 * CT.EC2.PR.2.
 */
public final class Ec2LaunchTemplateHopLimitOne implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_LAUNCH_TEMPLATE_TOKEN_HOP_LIMIT", "CT.EC2.PR.2",
          "Require that Amazon EC2 launch templates restrict the token hop limit to a maximum of "
          + "one",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::EC2::LaunchTemplate")
      .rationale("A hop limit above one lets metadata responses, and the role credentials in them, "
          + "travel past the instance, e.g. into containers on a bridge network.")
      .remediation("Leave httpPutResponseHopLimit unset or 1 in the launch template's metadata options.")
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
    if (!exists(options)) {
      return Evaluation.compliant();
    }
    JsonNode limit = options.path("HttpPutResponseHopLimit");
    return Evaluation.failIf(!isStruct(options) || (exists(limit) && !(limit.isIntegralNumber() && limit.intValue() == 1)),
        "Properties.LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit", "the hop limit is not 1");
  }
}
