package dev.groundwork.policy.rules.controltower.cloudtrail;

import static dev.groundwork.policy.Control.cis;
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

/** Trails encrypt their log files with a KMS key. Mirrors CT.CLOUDTRAIL.PR.1. */
public final class CloudTrailTrailKmsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUD_TRAIL_ENCRYPTION_ENABLED", "CT.CLOUDTRAIL.PR.1",
          "Require an AWS CloudTrail trail to have encryption at rest activated",
          cis("3.7"), nist("AU-9"), nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"),
          nist("SC-28"), nist("SC-28(1)"), nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::CloudTrail::Trail")
      .rationale("CloudTrail logs are the audit record of the account; encrypting them with a KMS key "
          + "means reading them needs kms:Decrypt too, which a key policy restricts to the people "
          + "who audit.")
      .remediation("Set encryptionKey(key) on the trail (Groundwork's AccountBaseline does).")
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
    return Evaluation.failIf(!isNameOrLocalReference(ctx.template(), p.path("KMSKeyId"), "AWS::KMS::Key", "AWS::KMS::Alias"),
        "Properties.KMSKeyId", "the trail is not encrypted with a KMS key");
  }
}
