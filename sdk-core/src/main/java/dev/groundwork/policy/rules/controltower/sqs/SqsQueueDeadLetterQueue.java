package dev.groundwork.policy.rules.controltower.sqs;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.Set;

/**
 * Queues that are not dead-letter queues themselves send failed messages to one. Mirrors
 * CT.SQS.PR.1.
 */
public final class SqsQueueDeadLetterQueue implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_SQS_DLQ", "CT.SQS.PR.1",
          "Require any Amazon SQS queue to have a dead-letter queue configured")
      .resourceTypes("AWS::SQS::Queue")
      .rationale("A message that keeps failing is otherwise retried until it expires and is lost "
          + "silently; a dead-letter queue keeps it for inspection and alarms.")
      .remediation("Set deadLetterQueue(DeadLetterQueue.builder().queue(dlq).maxReceiveCount(n).build()) "
          + "on the queue (CfnQueue: redrivePolicy with a deadLetterTargetArn).")
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
    JsonNode allow = p.path("RedriveAllowPolicy");
    boolean inScope = !exists(allow) || (isStruct(allow) && exists(allow.path("redrivePermission"))
        && !isOneOf(allow.path("redrivePermission"), DEAD_LETTER_PERMISSIONS));
    if (!inScope) {
      return Evaluation.notApplicable();
    }
    JsonNode redrive = p.path("RedrivePolicy");
    JsonNode target = redrive.path("deadLetterTargetArn");
    return Evaluation.failIf(!isStruct(redrive)
            || !isNameOrLocalReference(ctx.template(), target, "AWS::SQS::Queue"),
        "Properties.RedrivePolicy.deadLetterTargetArn",
        "the queue has no dead-letter queue (RedrivePolicy.deadLetterTargetArn)");
  }

  /** A RedriveAllowPolicy with these permissions marks a dead-letter queue, which needs none. */
  private static final Set<String> DEAD_LETTER_PERMISSIONS = ImmutableSet.of("allowAll", "byQueue");
}
