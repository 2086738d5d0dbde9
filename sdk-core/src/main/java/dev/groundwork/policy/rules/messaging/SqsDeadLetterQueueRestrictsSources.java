package dev.groundwork.policy.rules.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A queue that another queue of the stack dead-letters into (its {@code RedrivePolicy} names it)
 * accepts only chosen source queues: {@code RedriveAllowPolicy} with {@code redrivePermission}
 * {@code byQueue} and its {@code sourceQueueArns}, or {@code denyAll}. Not applicable to queues
 * no queue of the stack dead-letters into.
 */
public final class SqsDeadLetterQueueRestrictsSources implements Rule {

  private static final String QUEUE = "AWS::SQS::Queue";

  private static final RuleInfo INFO = RuleInfo.builder("GW_SQS_DLQ_SOURCES_RESTRICTED")
      .title("Dead-letter queues accept only their own source queues")
      .severity(Severity.WARNING)
      .resourceTypes(QUEUE)
      .rationale("Without a RedriveAllowPolicy any queue in the account may name this queue as "
          + "its dead-letter queue: failed messages of unrelated workloads then mix with this "
          + "workload's, trip its dead-letter alarm and are read by whoever may read it.")
      .remediation("Give the dead-letter queue redriveAllowPolicy(RedriveAllowPolicy.builder()"
          + ".redrivePermission(RedrivePermission.BY_QUEUE).sourceQueues(List.of(source)).build()) "
          + "(QueueWorkerService does); reference the source by a formatted ARN to avoid a cycle.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource queue = ctx.resource();
    List<Resource> sources = ctx.template().referrers(QUEUE, "RedrivePolicy", queue.logicalId())
        .stream().filter(source -> !source.logicalId().equals(queue.logicalId())).toList();
    if (sources.isEmpty()) {
      return Evaluation.notApplicable();
    }
    String of = "dead-letter queue of " + sources.stream().map(Resource::logicalId)
        .collect(Collectors.joining(", "));
    JsonNode policy = queue.property("RedriveAllowPolicy");
    if (Intrinsics.isAbsent(policy)) {
      return Evaluation.nonCompliant("Properties.RedriveAllowPolicy",
          of + " has no RedriveAllowPolicy: any queue of the account may dead-letter into it");
    }
    if (policy.isTextual()) {
      try {
        policy = StackTemplate.parse(policy.textValue());
      } catch (IllegalArgumentException e) {
        return Evaluation.unknown("Properties.RedriveAllowPolicy");
      }
    }
    if (Intrinsics.isIntrinsic(policy)) {
      return Evaluation.unknown("Properties.RedriveAllowPolicy");
    }
    JsonNode permission = policy.path("redrivePermission");
    if (Intrinsics.isIntrinsic(permission)) {
      return Evaluation.unknown("Properties.RedriveAllowPolicy.redrivePermission");
    }
    String value = permission.asText("allowAll");
    if (value.equals("denyAll")) {
      return Evaluation.compliant();
    }
    if (!value.equals("byQueue")) {
      return Evaluation.nonCompliant("Properties.RedriveAllowPolicy.redrivePermission",
          of + " allows every source queue (redrivePermission '" + value + "')");
    }
    JsonNode arns = policy.path("sourceQueueArns");
    if (Intrinsics.isIntrinsic(arns)) {
      return Evaluation.unknown("Properties.RedriveAllowPolicy.sourceQueueArns");
    }
    return Evaluation.failIf(!arns.isArray() || arns.isEmpty(),
        "Properties.RedriveAllowPolicy.sourceQueueArns", of + " is byQueue but names no source queue");
  }
}
