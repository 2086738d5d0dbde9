package dev.groundwork.policy.rules.controltower.cloudtrail;

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

/**
 * CloudTrail Lake event data stores are encrypted with a KMS key you specify. Mirrors
 * CT.CLOUDTRAIL.PR.4.
 */
public final class CloudTrailEventDataStoreKmsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUD_TRAIL_EVENT_DATASTORE_ENCRYPTED_AT_REST_KMS", "CT.CLOUDTRAIL.PR.4",
          "Require an AWS CloudTrail Lake event data store to enable encryption at rest with an "
          + "AWS KMS key",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::CloudTrail::EventDataStore")
      .rationale("An event data store keeps years of account activity; a key of your own lets its key "
          + "policy decide who can query it.")
      .remediation("Set kmsKeyId on the event data store.")
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
    return Evaluation.failIf(!isNameOrLocalReference(ctx.template(), p.path("KmsKeyId"), "AWS::KMS::Key", "AWS::KMS::Alias"),
        "Properties.KmsKeyId", "the event data store names no KMS key");
  }
}
