package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Every container of a task definition has a read-only root file system. Mirrors CT.ECS.PR.6. */
public final class EcsTaskDefinitionReadOnlyRoot implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_CONTAINERS_READONLY_ACCESS", "CT.ECS.PR.6",
          "Require Amazon ECS containers to allow read-only access to the root filesystem",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-5"),
          nist("AC-6"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("A read-only root file system stops an attacker who gets code execution from installing "
          + "tools or changing binaries in the container.")
      .remediation("Set readonlyRootFilesystem(true) on every container and mount a volume for the paths "
          + "the application writes.")
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
    return EcsContainerDefinitions.each(p, c -> isTrue(c.path("ReadonlyRootFilesystem")),
        "the container's root file system is not read-only");
  }
}
