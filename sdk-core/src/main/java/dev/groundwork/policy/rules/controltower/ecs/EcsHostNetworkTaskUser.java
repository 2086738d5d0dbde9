package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Containers of host-network task definitions are either explicitly privileged or run as a non-root
 * user. Mirrors CT.ECS.PR.8.
 */
public final class EcsHostNetworkTaskUser implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_TASK_DEFINITION_USER_FOR_HOST_MODE", "CT.ECS.PR.8",
          "Require Amazon ECS task definitions to have secure networking modes and user "
          + "definitions",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-5"),
          nist("AC-6"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("With host networking a container shares the host's network stack; running it as root "
          + "without saying so gives it more power over the host than anyone decided.")
      .remediation("In host network mode, set user to a non-root uid on every container (or make "
          + "privileged mode an explicit, reviewed choice).")
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
    if (!is(p.path("NetworkMode"), "host")) {
      return Evaluation.notApplicable();
    }
    return EcsContainerDefinitions.each(p, c -> isTrue(c.path("Privileged")) || EcsContainerDefinitions.runsAsNonRoot(c),
        "the container is neither explicitly privileged nor run as a non-root user");
  }
}
