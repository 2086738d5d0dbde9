package dev.groundwork.policy.rules.controltower.autoscaling;

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

/**
 * Auto Scaling groups list at least two different Availability Zones. Mirrors CT.AUTOSCALING.PR.1.
 */
public final class AutoScalingGroupMultipleZones implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_MULTIPLE_AZ", "CT.AUTOSCALING.PR.1",
          "Require an Amazon EC2 Auto Scaling group to have multiple Availability Zones",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"), nist("CP-10"), nist("CP-2(2)"),
          nist("CP-6(2)"), nist("SC-36"), nist("SC-5(2)"), nist("SI-13(5)"))
      .resourceTypes("AWS::AutoScaling::AutoScalingGroup")
      .rationale("A group in one zone loses all its instances with that zone; spread over two or more, "
          + "it keeps serving and replaces the lost capacity elsewhere.")
      .remediation("Set availabilityZones with two or more zones on the group (CfnAutoScalingGroup: "
          + "availabilityZones), as the control reads that property.")
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
    JsonNode zones = p.path("AvailabilityZones");
    return Evaluation.failIf(!isNonEmptyList(zones) || zones.size() < 2 || zones.get(0).equals(zones.get(1)),
        "Properties.AvailabilityZones", "the group does not list two different Availability Zones");
  }
}
