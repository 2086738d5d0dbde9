package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Every container of a task definition has a log configuration. Mirrors CT.ECS.PR.5. */
public final class EcsTaskDefinitionLogging implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_TASK_DEFINITION_LOG_CONFIGURATION", "CT.ECS.PR.5",
          "Require an active Amazon ECS task definition to have a logging configuration",
          nist("AC-4(26)"), nist("AU-10"), nist("AU-12"), nist("AU-2"), nist("AU-3"),
          nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"), nist("SC-7(9)"), nist("SI-7(8)"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("Without a log driver, a container's output is lost when the task stops, and with it "
          + "the evidence of what the application did.")
      .remediation("Set logging(LogDriver.awsLogs(...)) (or another driver) on every container.")
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
    return EcsContainerDefinitions.each(p, c -> isStruct(c.path("LogConfiguration")) && !c.path("LogConfiguration").isEmpty()
        && isNonEmptyString(c.path("LogConfiguration").path("LogDriver")), "the container has no log configuration");
  }
}
