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

/** ECS containers have a read-only root file system. */
public final class EcsContainerReadOnlyRootFilesystem implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ECS_CONTAINER_READONLY_ROOT_FS")
      .title("ECS containers have a read-only root file system")
      .severity(Severity.WARNING)
      .resourceTypes(Containers.TASK_DEFINITION)
      .rationale("A writable root file system lets an attacker drop tools or change binaries; "
          + "state belongs in volumes.")
      .remediation("Set readonlyRootFilesystem(true) and mount volumes for the paths the "
          + "application writes (e.g. /tmp).")
      .controls("AWS Security Hub CSPM control reference, control ECS.5",
          ComplianceSources.CONTAINER_LEAST_PRIVILEGE)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return Containers.each(ctx, EcsContainerReadOnlyRootFilesystem::check);
  }

  private static Evaluation check(JsonNode container, String path) {
    Truth value = Intrinsics.truth(container.path("ReadonlyRootFilesystem"));
    if (value == Truth.UNKNOWN) {
      return Evaluation.unknown(path + ".ReadonlyRootFilesystem");
    }
    if (value == Truth.TRUE) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path + ".ReadonlyRootFilesystem",
        Containers.name(container) + " has a writable root file system");
  }
}
