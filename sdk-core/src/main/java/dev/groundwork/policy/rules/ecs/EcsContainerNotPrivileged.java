package dev.groundwork.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** ECS containers are not privileged. */
public final class EcsContainerNotPrivileged implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ECS_CONTAINER_NOT_PRIVILEGED")
      .title("ECS containers are not privileged")
      .severity(Severity.ERROR)
      .resourceTypes(Containers.TASK_DEFINITION)
      .rationale("A privileged container has every capability and device of the host: it is root "
          + "on the host.")
      .remediation("Remove privileged(true); grant single Linux capabilities through "
          + "linuxParameters if really needed.")
      .controls("AWS Security Hub CSPM control reference, control ECS.4",
          ComplianceSources.CONTAINER_LEAST_PRIVILEGE)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return Containers.each(ctx, EcsContainerNotPrivileged::check);
  }

  private static Evaluation check(JsonNode container, String path) {
    Truth value = Intrinsics.truth(container.path("Privileged"));
    if (value == Truth.UNKNOWN) {
      return Evaluation.unknown(path + ".Privileged");
    }
    if (value != Truth.TRUE) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path + ".Privileged",
        Containers.name(container) + " is privileged");
  }
}
