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

/** Launch templates choose AWS Nitro instance types. Mirrors CT.EC2.PR.15. */
public final class Ec2LaunchTemplateNitroInstanceType implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_LAUNCH_TEMPLATE_NITRO_INSTANCE_TYPE", "CT.EC2.PR.15",
          "Require an Amazon EC2 instance to use an AWS Nitro instance type when creating from "
          + "the 'AWS::EC2::LaunchTemplate' resource type",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::EC2::LaunchTemplate")
      .rationale("Nitro instances isolate tenants in hardware, encrypt their EBS and network paths in "
          + "the Nitro cards and support the current security features (IMDSv2, EBS encryption by "
          + "default, enclaves).")
      .remediation("Choose a current-generation (Nitro) instance type, e.g. m7g, c7i or t4g, for the "
          + "launch template or its instance requirements.")
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
    if (!isStruct(data)) {
      return Evaluation.notApplicable();
    }
    return Ec2LaunchTemplates.nitro(data, "Properties.LaunchTemplateData", NitroInstanceTypes.NITRO);
  }
}
