package dev.groundwork.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** ECS containers send their logs somewhere. */
public final class EcsContainerLoggingConfigured implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ECS_CONTAINER_LOGGING_CONFIGURED")
      .title("ECS containers send their logs somewhere")
      .severity(Severity.ERROR)
      .resourceTypes(Containers.TASK_DEFINITION)
      .rationale("Without a log driver container output is lost when the task stops, and with it "
          + "the evidence of what happened.")
      .remediation("Set "
          + "logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().streamPrefix(...).logGroup(group).build())).")
      .controls("AWS Security Hub CSPM control reference, control ECS.9",
          ComplianceSources.ACTIVITY_LOGGING)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return Containers.each(ctx, EcsContainerLoggingConfigured::check);
  }

  private static Evaluation check(JsonNode container, String path) {
    JsonNode logging = container.path("LogConfiguration");
    if (Intrinsics.isIntrinsic(logging)) {
      return Evaluation.unknown(path + ".LogConfiguration");
    }
    if (!logging.path("LogDriver").isMissingNode()) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path + ".LogConfiguration",
        Containers.name(container) + " has no LogConfiguration");
  }
}
