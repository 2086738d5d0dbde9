package dev.groundwork.policy.rules.controltower.cloudwatch;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Log groups are encrypted with a KMS key of their own. Mirrors CT.CLOUDWATCH.PR.3. */
public final class LogGroupKmsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDWATCH_LOG_GROUP_ENCRYPTED", "CT.CLOUDWATCH.PR.3",
          "Require an Amazon CloudWatch log group to be encrypted at rest with an AWS KMS key",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-12(2)"), nist("SC-13"), nist("SC-28"),
          nist("SC-28(1)"), nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::Logs::LogGroup")
      .rationale("Logs hold request details, identifiers and sometimes secrets by accident; a customer "
          + "managed key lets the key policy decide who can read them and records every read in "
          + "CloudTrail.")
      .remediation("Set encryptionKey(key) on the log group (Groundwork's EncryptedLogGroup does); the key "
          + "policy must allow the CloudWatch Logs service principal.")
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
    JsonNode key = p.path("KmsKeyId");
    return Evaluation.failIf(!isNameOrLocalReference(ctx.template(), key, "AWS::KMS::Key"),
        "Properties.KmsKeyId", "the log group has no KmsKeyId");
  }
}
