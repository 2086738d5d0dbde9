package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Task definitions do not share the host's process namespace. Mirrors CT.ECS.PR.10. */
public final class EcsTaskDefinitionNoHostPidMode implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_TASK_DEFINITION_PID_MODE", "CT.ECS.PR.10",
          "Require that Amazon ECS task definitions do not share the host's process namespace",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("With pidMode host, a container sees and can signal every process on the host, "
          + "including other tasks' and the agent's.")
      .remediation("Leave pidMode unset or use PidMode.TASK.")
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
    JsonNode pid = p.path("PidMode");
    return Evaluation.failIf(exists(pid) && (!isNonEmptyString(pid) || is(pid, "host")), "Properties.PidMode",
        "PidMode is host");
  }
}
