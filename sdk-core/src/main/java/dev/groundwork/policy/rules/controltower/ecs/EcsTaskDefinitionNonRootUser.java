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

/** Every container of a task definition names a user that is not root. Mirrors CT.ECS.PR.3. */
public final class EcsTaskDefinitionNonRootUser implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_TASK_DEFINITION_NONROOT_USER", "CT.ECS.PR.3",
          "Require any Amazon ECS task definition to specify a user that is not the root",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-5"),
          nist("AC-6"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("A process running as root in the container is root on the host's kernel too; a "
          + "breakout or a writable host mount is then a full compromise.")
      .remediation("Set user(\"1000\") (or another unprivileged uid) on every container, and build images "
          + "that run as that user.")
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
    return EcsContainerDefinitions.each(p, EcsContainerDefinitions::runsAsNonRoot,
        "the container does not name a non-root user");
  }
}
