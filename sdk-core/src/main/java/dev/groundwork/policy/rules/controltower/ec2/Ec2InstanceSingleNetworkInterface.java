package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Instances declare at most one network interface. Mirrors CT.EC2.PR.12. */
public final class Ec2InstanceSingleNetworkInterface implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_INSTANCE_MULTIPLE_ENI", "CT.EC2.PR.12",
          "Require an Amazon EC2 instance to specify at most one network interface by means of "
          + "the NetworkInterfaces property in the AWS::EC2::Instance resource",
          nist("AC-4(21)"))
      .resourceTypes("AWS::EC2::Instance")
      .rationale("An instance with several interfaces can bridge subnets or security zones that the "
          + "network design keeps apart.")
      .remediation("Give the instance one network interface; connect networks with routing and security "
          + "groups instead.")
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
    JsonNode interfaces = p.path("NetworkInterfaces");
    if (!isNonEmptyList(interfaces)) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(interfaces.size() > 1, "Properties.NetworkInterfaces",
        "the instance declares " + interfaces.size() + " network interfaces");
  }
}
