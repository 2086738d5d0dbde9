package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** No container of a task definition runs in privileged mode. Mirrors CT.ECS.PR.11. */
public final class EcsTaskDefinitionNonPrivileged implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_CONTAINERS_NONPRIVILEGED", "CT.ECS.PR.11",
          "Require an Amazon ECS container to run as non-privileged",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-5"),
          nist("AC-6"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("A privileged container has root capabilities on the host, so escaping the container is "
          + "trivial.")
      .remediation("Leave privileged unset or false on every container.")
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
    return EcsContainerDefinitions.each(p, c -> !exists(c.path("Privileged")) || isFalse(c.path("Privileged")),
        "the container is privileged");
  }
}
