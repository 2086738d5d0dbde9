package dev.groundwork.policy.rules.controltower.kms;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Asymmetric RSA keys used for encryption are longer than 2048 bits. Mirrors CT.KMS.PR.2. */
public final class KmsRsaEncryptionKeyLength implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_KMS_ASYMMETRIC_RSA_KEYSPEC", "CT.KMS.PR.2",
          "Require that an AWS KMS asymmetric key with RSA key material used for encryption has a "
          + "key length greater than 2048 bits",
          nist("CM-8"), nist("SC-13"))
      .resourceTypes("AWS::KMS::Key")
      .rationale("RSA keys of 2048 bits are at the low end of what guidance accepts for data that must "
          + "stay confidential for years; 3072 or 4096 bits keep a margin.")
      .remediation("Use KeySpec.RSA_3072 or KeySpec.RSA_4096 for an RSA encryption key.")
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
    JsonNode usage = p.path("KeyUsage");
    JsonNode spec = p.path("KeySpec");
    boolean rsaEncryption = (!exists(usage) || is(usage, "ENCRYPT_DECRYPT"))
        && spec.isTextual() && spec.textValue().startsWith("RSA_");
    if (!rsaEncryption) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(is(spec, "RSA_2048"), "Properties.KeySpec", "KeySpec is RSA_2048");
  }
}
