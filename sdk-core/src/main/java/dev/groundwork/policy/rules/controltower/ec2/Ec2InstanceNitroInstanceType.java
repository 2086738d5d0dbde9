package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import dev.groundwork.policy.rules.controltower.internal.NitroInstanceTypes;

/** Instances use AWS Nitro instance types. Mirrors CT.EC2.PR.16. */
public final class Ec2InstanceNitroInstanceType implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_INSTANCE_NITRO_INSTANCE_TYPE", "CT.EC2.PR.16",
          "Require an Amazon EC2 instance to use an AWS Nitro instance type when created using "
          + "the 'AWS::EC2::Instance' resource type",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::EC2::Instance")
      .rationale("Nitro instances isolate tenants in hardware, encrypt their EBS and network paths in "
          + "the Nitro cards and support the current security features (IMDSv2, EBS encryption by "
          + "default, enclaves).")
      .remediation("Choose a current-generation (Nitro) instance type, e.g. m7g, c7i or t4g.")
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
    return Evaluation.failIf(!NitroInstanceTypes.isOneOf(p.path("InstanceType"), NitroInstanceTypes.NITRO),
        "Properties.InstanceType", "the instance type is not a Nitro type");
  }
}
