package dev.groundwork.cli.acme;

import dev.groundwork.check.RuleLibraryProvider;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.RuleLibrary;
import dev.groundwork.policy.RulePack;
import dev.groundwork.policy.Severity;
import java.util.List;

/** An organisation's rules as a check loads them: one rule, in the pack {@code acme}. */
public final class AcmeRules implements RuleLibraryProvider {
  static final RuleInfo QUEUE_NAMED = RuleInfo.builder("ACME_SQS_QUEUE_NAMED")
      .title("Queues have an explicit name")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::SQS::Queue")
      .rationale("Acme's runbooks find queues by name.")
      .remediation("Set QueueName.")
      .build();

  @Override
  public RuleLibrary library() {
    Rule rule = Rule.of(QUEUE_NAMED, ctx -> Evaluation.failIf(ctx.resource().property("QueueName").isMissingNode(),
        "Properties.QueueName", "queue has no QueueName"));
    return RuleLibrary.of(List.of(rule), RulePack.builder("acme").add(rule).build());
  }
}
