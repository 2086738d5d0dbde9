package dev.groundwork.policy.rules.controltower.eks;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** EKS clusters envelope-encrypt Kubernetes secrets with a KMS key. Mirrors CT.EKS.PR.2. */
public final class EksSecretsKmsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EKS_SECRETS_ENCRYPTED", "CT.EKS.PR.2",
          "Require an Amazon EKS cluster to be configured with secret encryption using AWS Key "
          + "Management Service (KMS) keys",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SI-7(6)"))
      .resourceTypes("AWS::EKS::Cluster")
      .rationale("Kubernetes stores secrets in etcd merely base64-encoded; envelope encryption with a "
          + "KMS key protects them in etcd and its backups and lets the key policy decide who can "
          + "decrypt.")
      .remediation("Set secretsEncryptionKey(key) on the cluster (CfnCluster: encryptionConfig with "
          + "resources [\"secrets\"] and a provider keyArn).")
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
    JsonNode configs = p.path("EncryptionConfig");
    boolean secrets = isNonEmptyList(configs) && anyOf(configs, config -> isNonEmptyList(config.path("Resources"))
        && anyOf(config.path("Resources"), r -> is(r, "secrets"))
        && isStruct(config.path("Provider"))
        && isNameOrLocalReference(ctx.template(), config.path("Provider").path("KeyArn"), "AWS::KMS::Key", "AWS::KMS::Alias"));
    return Evaluation.failIf(!secrets, "Properties.EncryptionConfig",
        "secrets are not encrypted with a KMS key");
  }
}
