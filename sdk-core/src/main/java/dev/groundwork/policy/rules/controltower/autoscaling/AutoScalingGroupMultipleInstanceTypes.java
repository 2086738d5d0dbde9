package dev.groundwork.policy.rules.controltower.autoscaling;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Auto Scaling groups use a mixed instances policy with at least two different instance types.
 * Mirrors CT.AUTOSCALING.PR.6.
 */
public final class AutoScalingGroupMultipleInstanceTypes implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_MIXED_INSTANCES_POLICY_MULTIPLE_INSTANCE_TYPES", "CT.AUTOSCALING.PR.6",
          "Require any Amazon EC2 Auto Scaling groups to use multiple instance types",
          nist("CP-10"), nist("CP-2(2)"), nist("CP-6(2)"), nist("SC-36"), nist("SC-5(2)"),
          nist("SI-13(5)"))
      .resourceTypes("AWS::AutoScaling::AutoScalingGroup")
      .rationale("A group limited to one instance type cannot launch when that type runs out of capacity "
          + "in a zone; two or more types let it scale through a shortage.")
      .remediation("Set mixedInstancesPolicy with a launch template and at least two overrides of "
          + "different instance types.")
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
    List<Evaluation> parts = new ArrayList<>();
    if (inScope(p, overrides -> allOf(overrides, o -> !exists(o.path("InstanceRequirements"))))) {
      parts.add(Evaluation.failIf(!twoInstanceTypes(p), "Properties.MixedInstancesPolicy",
          "the mixed instances policy does not override two different instance types"));
    }
    if (inScope(p, overrides -> anyOf(overrides, o -> exists(o.path("InstanceRequirements")) && exists(o.path("InstanceType"))))) {
      JsonNode overrides = AutoScalingOverrides.of(p);
      parts.add(Evaluation.failIf(!isNonEmptyList(overrides)
              || !allOf(overrides, o -> exists(o.path("InstanceType")) != exists(o.path("InstanceRequirements"))),
          "Properties.MixedInstancesPolicy.LaunchTemplate.Overrides",
          "an override sets both or neither of InstanceType and InstanceRequirements"));
    }
    return combine(parts);
  }

  /**
   * The guard rule's filters: no mixed instances policy, launch template or overrides, an empty
   * override list, or a non-empty one that {@code overrides} accepts.
   */
  private static boolean inScope(JsonNode group, Predicate<JsonNode> overrides) {
    JsonNode policy = group.path("MixedInstancesPolicy");
    if (!exists(policy)) {
      return true;
    }
    JsonNode template = policy.path("LaunchTemplate");
    JsonNode list = template.path("Overrides");
    return isStruct(policy) && (!exists(template) || (isStruct(template)
        && (!exists(list) || (list.isArray() && (list.isEmpty() || overrides.test(list))))));
  }

  private static boolean twoInstanceTypes(JsonNode group) {
    JsonNode policy = group.path("MixedInstancesPolicy");
    JsonNode template = policy.path("LaunchTemplate");
    JsonNode overrides = template.path("Overrides");
    return isStruct(policy) && isStruct(template) && isStruct(template.path("LaunchTemplateSpecification"))
        && isNonEmptyList(overrides) && overrides.size() >= 2
        && allOf(overrides, o -> isNonEmptyString(o.path("InstanceType")))
        && !overrides.get(0).path("InstanceType").equals(overrides.get(1).path("InstanceType"));
  }
}
