package dev.groundwork.policy.rules.messaging;

import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** Topics encrypt messages at rest with KMS. */
public final class SnsTopicEncrypted implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_SNS_TOPIC_ENCRYPTED")
      .title("SNS topics are encrypted with KMS")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::SNS::Topic")
      .rationale("SNS does not encrypt messages at rest unless a KMS key is set; messages often "
          + "carry personal or operational data.")
      .remediation("Pass masterKey(key) to the Topic.")
      .controls("AWS Security Hub CSPM control reference, control SNS.1",
          ComplianceSources.ENCRYPTION_AT_REST)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (!ctx.resource().property("KmsMasterKeyId").isMissingNode()) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.KmsMasterKeyId", "topic has no KmsMasterKeyId");
  }
}
