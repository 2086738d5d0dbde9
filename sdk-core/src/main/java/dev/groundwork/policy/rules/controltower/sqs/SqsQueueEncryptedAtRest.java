package dev.groundwork.policy.rules.controltower.sqs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Queues encrypt messages at rest, with SQS-managed keys or a KMS key. Mirrors CT.SQS.PR.2. */
public final class SqsQueueEncryptedAtRest implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_SQS_QUEUE_ENCRYPTED", "CT.SQS.PR.2",
          "Require any Amazon SQS queue to have encryption at rest configured",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::SQS::Queue")
      .rationale("Messages often carry personal or business data; encryption at rest protects them in "
          + "SQS's storage, and a KMS key adds an audited, revocable gate on who may read them.")
      .remediation("Set encryption(QueueEncryption.KMS) with an encryptionMasterKey(...) on the queue, or "
          + "QueueEncryption.SQS_MANAGED.")
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
    JsonNode managed = p.path("SqsManagedSseEnabled");
    JsonNode key = p.path("KmsMasterKeyId");
    boolean sqsManaged = exists(managed) && !exists(key) && isTrue(managed);
    boolean kms = exists(key)
        && isNameOrLocalReference(ctx.template(), key, "AWS::KMS::Key", "AWS::KMS::Alias")
        && (!exists(managed) || isFalse(managed));
    return Evaluation.failIf(!sqsManaged && !kms, "Properties.KmsMasterKeyId",
        "the queue sets neither SqsManagedSseEnabled true nor a KMS key of its own");
  }
}
