package dev.groundwork.policy.rules.controltower.kms;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Symmetric KMS keys rotate their key material. Mirrors CT.KMS.PR.1. */
public final class KmsSymmetricKeyRotation implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_KMS_KEY_ROTATION_ENABLED", "CT.KMS.PR.1",
          "Require any AWS KMS key to have rotation configured",
          cis("3.8"), nist("SC-12"), nist("SC-12(2)"), nist("SC-28(3)"))
      .resourceTypes("AWS::KMS::Key")
      .rationale("Automatic yearly rotation limits how much data one version of the key material "
          + "protects, without changing the key's id or breaking decryption of older data.")
      .remediation("Set enableKeyRotation(true) on the key (Groundwork's EncryptionKey does).")
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
    JsonNode spec = p.path("KeySpec");
    if (exists(spec) && !is(spec, "SYMMETRIC_DEFAULT")) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!isTrue(p.path("EnableKeyRotation")), "Properties.EnableKeyRotation",
        "EnableKeyRotation is not true");
  }
}
