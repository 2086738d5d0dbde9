package dev.groundwork.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;


/** ECS tasks set CPU and memory limits. */
public final class EcsTaskResourceLimitsSet implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ECS_TASK_RESOURCE_LIMITS")
      .title("ECS tasks set CPU and memory limits")
      .severity(Severity.WARNING)
      .resourceTypes(Containers.TASK_DEFINITION)
      .rationale("Without limits one container can starve the others on the host, and capacity "
          + "planning and cost are guesses.")
      .remediation("Set cpu and memoryLimitMiB on the task definition (Fargate requires them), or "
          + "on every container.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode cpu = ctx.resource().property("Cpu");
    JsonNode memory = ctx.resource().property("Memory");
    if (!cpu.isMissingNode() && !memory.isMissingNode()) {
      return Evaluation.compliant();
    }
    return Containers.each(ctx, EcsTaskResourceLimitsSet::check);
  }

  private static Evaluation check(JsonNode container, String path) {
    boolean memory = !container.path("Memory").isMissingNode()
        || !container.path("MemoryReservation").isMissingNode();
    boolean cpu = !container.path("Cpu").isMissingNode();
    if (memory && cpu) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path + (memory ? ".Cpu" : ".Memory"),
        Containers.name(container) + " has no " + (memory ? "CPU" : "memory")
            + " limit and the task sets none");
  }
}
