package dev.groundwork.maven;

import dev.groundwork.check.RuleLibraryProvider;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.RuleLibrary;
import dev.groundwork.policy.RulePack;
import dev.groundwork.policy.Severity;
import java.util.List;

/** An organisation's rule, as the check goal loads it from the plugin's class path. */
public final class QueueRules implements RuleLibraryProvider {
  @Override
  public RuleLibrary library() {
    Rule named = Rule.of(RuleInfo.builder("ACME_QUEUE_NAMED").title("Queues are named").severity(Severity.ERROR)
            .resourceTypes("AWS::SQS::Queue").rationale("Runbooks name queues.").remediation("Set QueueName.").build(),
        ctx -> Evaluation.failIf(ctx.resource().property("QueueName").isMissingNode(), "Properties.QueueName",
            "queue has no QueueName"));
    return RuleLibrary.of(List.of(named), RulePack.builder("queues").add(named).build());
  }
}
