package dev.groundwork.policy.rules.messaging;

import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import dev.groundwork.policy.rules.internal.PolicyDocuments;
import java.util.Set;

/** SNS topics deny publishing without TLS, through a {@code AWS::SNS::TopicPolicy} found by following its {@code Topics}. */
public final class SnsTopicRequiresTls implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_SNS_TOPIC_TLS_REQUIRED")
      .title("SNS topics deny publishing without TLS")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::SNS::Topic")
      .rationale("The service endpoint accepts plain HTTP unless a resource policy denies it; "
          + "messages and credentials in transit must be encrypted.")
      .remediation("Pass enforceSSL(true) to the Topic, which adds an AWS::SNS::TopicPolicy "
          + "denying sns:Publish without aws:SecureTransport.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return PolicyDocuments.requireTlsOnlyPolicy(
        ctx, "AWS::SNS::TopicPolicy", "Topics", "topic", Set.of("sns:Publish"));
  }
}
