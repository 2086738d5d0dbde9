package dev.groundwork.policy.rules.logs;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** Log groups are encrypted with a customer managed KMS key. */
public final class LogGroupEncrypted implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_LOGS_KMS_ENCRYPTED")
      .title("Log groups are encrypted with a customer managed KMS key")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::Logs::LogGroup")
      .rationale("Logs carry identifiers, tokens and payloads by accident; a KMS key makes "
          + "reading them an auditable, revocable permission.")
      .remediation("Pass encryptionKey(key) to the LogGroup; the key policy must allow "
          + "logs.<region>.amazonaws.com to use it.")
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule CloudWatchLogGroupEncrypted; AWS Control Tower control reference, CT.CLOUDWATCH.PR.3",
          ComplianceSources.KMS_AT_REST, Control.controlTower("CT.CLOUDWATCH.PR.3"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (!ctx.resource().property("KmsKeyId").isMissingNode()) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.KmsKeyId", "log group has no KmsKeyId");
  }
}
