package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
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

/** Dedicated hosts use AWS Nitro instance families or types. Mirrors CT.EC2.PR.17. */
public final class Ec2DedicatedHostNitro implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_HOST_NITRO", "CT.EC2.PR.17",
          "Require an Amazon EC2 dedicated host to use an AWS Nitro instance type",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::EC2::Host")
      .rationale("Nitro hosts isolate instances in hardware and support the current security features; "
          + "older host families do not.")
      .remediation("Choose a Nitro instance family or type that offers dedicated hosts, e.g. m7i or c7g.")
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
    JsonNode family = p.path("InstanceFamily");
    JsonNode type = p.path("InstanceType");
    if (!exists(family) && !exists(type)) {
      return Evaluation.nonCompliant("Properties.InstanceType",
          "the host names neither an instance family nor a type");
    }
    Evaluation.Builder out = Evaluation.builder();
    if (exists(family) && !NitroInstanceTypes.isOneOf(family, NitroInstanceTypes.DEDICATED_HOST_FAMILIES)) {
      out.violation("Properties.InstanceFamily",
          "the instance family is not a Nitro family with dedicated hosts");
    }
    if (exists(type) && !NitroInstanceTypes.isOneOf(type, NitroInstanceTypes.DEDICATED_HOST_TYPES)) {
      out.violation("Properties.InstanceType", "the instance type is not a Nitro type with dedicated hosts");
    }
    return out.build();
  }
}
