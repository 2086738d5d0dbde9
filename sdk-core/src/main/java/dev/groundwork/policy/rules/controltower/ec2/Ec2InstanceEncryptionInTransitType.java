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

/**
 * Instances use Nitro instance types that encrypt traffic between instances. Mirrors CT.EC2.PR.19.
 */
public final class Ec2InstanceEncryptionInTransitType implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_INSTANCE_NITRO_ENCRYPTION_IN_TRANSIT", "CT.EC2.PR.19",
          "Require an EC2 instance to use an AWS Nitro instance type that supports encryption "
          + "in-transit between instances when created using the AWS::EC2::Instance resource type",
          nist("AC-4"), nist("CA-9(1)"), nist("CM-2"), nist("SC-13"), nist("SC-23"),
          nist("SC-8"), nist("SC-8(1)"))
      .resourceTypes("AWS::EC2::Instance")
      .rationale("These instance types encrypt traffic between instances of the same kind in hardware, "
          + "without any change to the application.")
      .remediation("Choose an instance type from AWS's list of types with encryption in transit, e.g. m6i, "
          + "c7g or r7a.")
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
    return Evaluation.failIf(!NitroInstanceTypes.isOneOf(p.path("InstanceType"), NitroInstanceTypes.ENCRYPTION_IN_TRANSIT),
        "Properties.InstanceType", "the instance type does not encrypt traffic between instances");
  }
}
