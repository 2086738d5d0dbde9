package dev.groundwork.policy.rules.messaging;

import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/**
 * Queues are encrypted at rest. New queues get SQS-managed encryption unless it is turned off,
 * so only an explicit {@code SqsManagedSseEnabled: false} without a KMS key is a finding.
 */
public final class SqsQueueEncrypted implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_SQS_QUEUE_ENCRYPTED")
      .title("SQS queues are encrypted at rest")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::SQS::Queue")
      .rationale("Queued messages sit on disk until consumed; turning encryption off exposes "
          + "them.")
      .remediation("Use encryption(QueueEncryption.KMS) with encryptionMasterKey(key), or at "
          + "least QueueEncryption.SQS_MANAGED; never QueueEncryption.UNENCRYPTED.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
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
    Truth managed = Intrinsics.truth(ctx.resource().property("SqsManagedSseEnabled"));
    if (managed == Truth.UNKNOWN) {
      return Evaluation.unknown("Properties.SqsManagedSseEnabled");
    }
    if (managed != Truth.FALSE) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.SqsManagedSseEnabled",
        "SqsManagedSseEnabled is false and no KmsMasterKeyId is set: messages are unencrypted");
  }
}
