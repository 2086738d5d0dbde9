package dev.groundwork.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.RuleContext;
import java.util.function.BiFunction;

/** Runs a per-container check over a task definition's container definitions. */
final class Containers {

  static final String TASK_DEFINITION = "AWS::ECS::TaskDefinition";

  /** Paths of the first containers, built once: every ECS rule visits every container. */
  private static final String[] PATHS = new String[16];

  static {
    for (int i = 0; i < PATHS.length; i++) {
      PATHS[i] = "Properties.ContainerDefinitions[" + i + "]";
    }
  }

  private Containers() {}

  /** Combines {@code check(container, path)} over every container; not applicable when none. */
  static Evaluation each(RuleContext ctx, BiFunction<JsonNode, String, Evaluation> check) {
    JsonNode containers = ctx.resource().property("ContainerDefinitions");
    if (Intrinsics.isIntrinsic(containers)) {
      return Evaluation.unknown("Properties.ContainerDefinitions");
    }
    List<JsonNode> items = Intrinsics.items(containers);
    if (items.isEmpty()) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < items.size(); i++) {
      String path = i < PATHS.length ? PATHS[i] : "Properties.ContainerDefinitions[" + i + "]";
      out.add(check.apply(items.get(i), path));
    }
    return out.build();
  }

  /** The container's name for messages. */
  static String name(JsonNode container) {
    return "container '" + container.path("Name").asText("?") + "'";
  }
}
