package dev.groundwork.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** ECS containers run as a non-root user. */
public final class EcsContainerRunsAsNonRoot implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ECS_CONTAINER_NON_ROOT_USER")
      .title("ECS containers run as a non-root user")
      .severity(Severity.ERROR)
      .resourceTypes(Containers.TASK_DEFINITION)
      .rationale("A process running as root inside a container is one kernel or runtime bug away "
          + "from root on the host, and can modify everything in the image.")
      .remediation("Set user(\"1000:1000\") (or a named non-root user) in the "
          + "ContainerDefinitionOptions, and build the image with that user.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT
          + " (cdk-nag's ECSTaskDefinitionUserForHostMode checks only host-network tasks.)")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return Containers.each(ctx, EcsContainerRunsAsNonRoot::check);
  }

  private static Evaluation check(JsonNode container, String path) {
    JsonNode user = container.path("User");
    if (Intrinsics.isIntrinsic(user)) {
      return Evaluation.unknown(path + ".User");
    }
    String name = user.asText("").split(":")[0];
    if (!name.isEmpty() && !name.equals("root") && !name.equals("0")) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path + ".User", Containers.name(container) + " runs as "
            + (user.isMissingNode() ? "the image default user (root unless the image sets one)"
                : "\"" + user.asText() + "\""));
  }
}
