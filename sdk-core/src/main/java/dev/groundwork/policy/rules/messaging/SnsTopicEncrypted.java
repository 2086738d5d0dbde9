package dev.groundwork.policy.rules.messaging;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Topics encrypt messages at rest with KMS. */
public final class SnsTopicEncrypted implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_SNS_TOPIC_ENCRYPTED")
      .title("SNS topics are encrypted with KMS")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::SNS::Topic")
      .rationale("SNS does not encrypt messages at rest unless a KMS key is set; messages often "
          + "carry personal or operational data.")
      .remediation("Pass masterKey(key) to the Topic.")
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule SNSEncryptedKMS (from the AWS Config NIST 800-53 rev 5 conformance pack)",
          Control.nist("AU-9(3)"), Control.nist("SC-8(3)"), Control.nist("SC-8(4)"), Control.nist("SC-28(1)"))
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
