package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Every container of a task definition has a memory hard limit. Mirrors CT.ECS.PR.7. */
public final class EcsTaskDefinitionMemoryLimit implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_TASK_DEFINITION_MEMORY_HARD_LIMIT", "CT.ECS.PR.7",
          "Require an Amazon ECS task definition to have a specific memory usage limit",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("A container without a hard limit can take all the memory of its task or host, starving "
          + "the other containers until the kernel kills something.")
      .remediation("Set memoryLimitMiB on every container.")
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
    return EcsContainerDefinitions.each(p, c -> c.path("Memory").isNumber() && c.path("Memory").doubleValue() >= 4,
        "the container has no memory hard limit (Memory)");
  }
}
