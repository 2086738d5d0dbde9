package dev.groundwork.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/**
 * Every ECS container has a memory hard limit ({@code Memory}), whatever the task's size: the
 * task's memory is shared by its containers, and only a container-level limit stops one of them
 * (a leaking sidecar, say) from taking it all and getting the essential container killed.
 */
public final class EcsContainerMemoryLimitSet implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ECS_CONTAINER_MEMORY_LIMIT")
      .title("ECS containers have a memory hard limit")
      .severity(Severity.WARNING)
      .resourceTypes(Containers.TASK_DEFINITION)
      .rationale("The task's memory is shared by its containers. Without a container-level hard "
          + "limit one container can use all of it, and the kernel then kills whichever process "
          + "it picks, often the application rather than the container that leaked.")
      .remediation("Set memoryLimitMiB on every container so the limits add up to at most the "
          + "task's memory (Groundwork's services do: the application gets what the sidecars "
          + "leave; add sidecars through HardenedTaskDefinition.addSidecar).")
      .controls("AWS Control Tower control reference, CT.ECS.PR.7 (and the NIST SP 800-53 Rev. 5 "
          + "ids its control catalog maps it to)",
          Control.nist("CA-9(1)"), Control.nist("CM-2"), Control.controlTower("CT.ECS.PR.7"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return Containers.each(ctx, EcsContainerMemoryLimitSet::check);
  }

  private static Evaluation check(JsonNode container, String path) {
    JsonNode memory = container.path("Memory");
    if (Intrinsics.isAbsent(memory)) {
      return Evaluation.nonCompliant(path + ".Memory",
          Containers.name(container) + " has no memory hard limit (Memory)");
    }
    if (Intrinsics.number(memory).isEmpty()) {
      return Evaluation.unknown(path + ".Memory");
    }
    return Evaluation.compliant();
  }
}
