package dev.groundwork.policy.rules.messaging;

import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import dev.groundwork.policy.rules.internal.PolicyDocuments;

/** SQS queues deny requests without TLS, through a {@code AWS::SQS::QueuePolicy} found by following its {@code Queues}. */
public final class SqsQueueRequiresTls implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_SQS_QUEUE_TLS_REQUIRED")
      .title("SQS queues deny requests without TLS")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::SQS::Queue")
      .rationale("The service endpoint accepts plain HTTP unless a resource policy denies it; "
          + "messages and credentials in transit must be encrypted.")
      .remediation("Pass enforceSSL(true) to the Queue, which adds an AWS::SQS::QueuePolicy "
          + "denying sqs:* without aws:SecureTransport.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return PolicyDocuments.requireTlsOnlyPolicy(ctx, "AWS::SQS::QueuePolicy", "Queues", "queue");
  }
}
