package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The container checks of the ECS task definition controls: a task definition applies when it
 * lists containers, and every container must pass.
 */
final class EcsContainerDefinitions {

  private static final Pattern ROOT_WITH_GROUP = Pattern.compile("^(0|root):.*$");

  private EcsContainerDefinitions() {}

  /** Every container of {@code task} passes {@code check}; not applicable without containers. */
  static Evaluation each(JsonNode task, Predicate<JsonNode> check, String failure) {
    JsonNode containers = task.path("ContainerDefinitions");
    if (!isNonEmptyList(containers)) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < containers.size(); i++) {
      if (!check.test(containers.get(i))) {
        out.violation("Properties.ContainerDefinitions[" + i + "]", failure);
      }
    }
    return out.build();
  }

  /**
   * The container names a user that is not root ({@code 0}, {@code root}, {@code 0:…}, {@code
   * root:…}).
   */
  static boolean runsAsNonRoot(JsonNode container) {
    JsonNode user = container.path("User");
    if (!exists(user)) {
      return false;
    }
    boolean root = (user.isIntegralNumber() && user.intValue() == 0) || is(user, "0") || is(user, "root")
        || (user.isTextual() && ROOT_WITH_GROUP.matcher(user.textValue()).find());
    return !root;
  }
}
