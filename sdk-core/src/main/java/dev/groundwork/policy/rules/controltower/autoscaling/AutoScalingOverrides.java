package dev.groundwork.policy.rules.controltower.autoscaling;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.rules.controltower.internal.NitroInstanceTypes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The launch template overrides of a group's mixed instances policy, as the Auto Scaling controls
 * read them.
 */
final class AutoScalingOverrides {

  private AutoScalingOverrides() {}

  /**
   * {@code MixedInstancesPolicy.LaunchTemplate.Overrides} of the group's properties, or a missing
   * node.
   */
  static JsonNode of(JsonNode group) {
    return group.path("MixedInstancesPolicy").path("LaunchTemplate").path("Overrides");
  }

  /**
   * Every override names accepted instance types only; not applicable without overrides naming any.
   */
  static Evaluation acceptedTypes(JsonNode group, List<Pattern> types) {
    JsonNode policy = group.path("MixedInstancesPolicy");
    JsonNode overrides = of(group);
    boolean inScope = isStruct(policy) && isStruct(policy.path("LaunchTemplate")) && isNonEmptyList(overrides)
        && anyOf(overrides, o -> exists(o.path("InstanceType")) || exists(o.path("InstanceRequirements")));
    if (!inScope) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < overrides.size(); i++) {
      JsonNode override = overrides.get(i);
      String at = "Properties.MixedInstancesPolicy.LaunchTemplate.Overrides[" + i + "]";
      if (exists(override.path("InstanceType")) && !NitroInstanceTypes.isOneOf(override.path("InstanceType"), types)) {
        out.violation(at + ".InstanceType", "the instance type is not an accepted Nitro type");
      }
      JsonNode requirements = override.path("InstanceRequirements");
      if (exists(requirements) && !(isStruct(requirements) && isNonEmptyList(requirements.path("AllowedInstanceTypes"))
          && allOf(requirements.path("AllowedInstanceTypes"), t -> NitroInstanceTypes.isOneOf(t, types)))) {
        out.violation(at + ".InstanceRequirements",
            "the allowed instance types are not all accepted Nitro types");
      }
    }
    return out.build();
  }
}
