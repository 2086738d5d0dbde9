package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a fault-injection experiment template names the services it exercises, so the rule that
 * every production service is rehearsed can find it in the service's template.
 *
 * <p>{@value #EXERCISES} on an {@code AWS::FIS::ExperimentTemplate}: the logical ids, in the same
 * stack, of the {@code AWS::ECS::Service}s it exercises, as Groundwork's {@code FaultExperiments}
 * writes. A template written by hand without it counts when its targets refer to the service
 * ({@code Ref} or {@code Fn::GetAtt}, e.g. the {@code service} parameter of an {@code aws:ecs:task}
 * target).
 */
public final class ExperimentMetadata {
  /** Metadata key listing the logical ids of the services an experiment template exercises. */
  public static final String EXERCISES = "groundwork:exercises";
  /** The CloudFormation type of an experiment template. */
  public static final String EXPERIMENT_TEMPLATE = "AWS::FIS::ExperimentTemplate";

  private ExperimentMetadata() {}

  /** Whether an experiment template in {@code service}'s stack exercises it. */
  public static boolean isExercised(Resource service) {
    for (Resource template : service.stack().resourcesOfType(EXPERIMENT_TEMPLATE)) {
      for (JsonNode id : template.metadata().path(EXERCISES)) {
        if (id.asText().equals(service.logicalId())) {
          return true;
        }
      }
      if (Intrinsics.references(template.property("Targets")).contains(service.logicalId())) {
        return true;
      }
    }
    return false;
  }
}
