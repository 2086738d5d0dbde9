package dev.groundwork.policy.rules.eks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Kubernetes secrets are envelope-encrypted with a KMS key. */
public final class EksSecretsEncrypted implements Rule {
  private static final String PATH = "Properties.EncryptionConfig";

  private static final RuleInfo INFO = RuleInfo.builder("GW_EKS_SECRETS_ENCRYPTED")
      .title("EKS clusters envelope-encrypt Kubernetes secrets with a KMS key")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::EKS::Cluster")
      .rationale("Without envelope encryption, secrets sit in etcd under the service's own key "
          + "only; a KMS key of yours adds an audit trail and a second lock you control. It can "
          + "be added later, but never removed.")
      .remediation("Use KubernetesCluster (a key by default, or secretsKey(...)), or set "
          + "secretsEncryptionKey on the CDK cluster.")
      .controls("AWS Control Tower control reference, CT.EKS.PR.2", Control.controlTower("CT.EKS.PR.2"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode configs = ctx.resource().property("EncryptionConfig");
    if (Intrinsics.isIntrinsic(configs)) {
      return Evaluation.unknown(PATH);
    }
    for (JsonNode config : Intrinsics.items(configs)) {
      JsonNode resources = config.path("Resources");
      if (Intrinsics.isIntrinsic(resources) || Intrinsics.isIntrinsic(config)) {
        return Evaluation.unknown(PATH);
      }
      for (JsonNode resource : Intrinsics.items(resources)) {
        if (resource.asText().equals("secrets") && !Intrinsics.isAbsent(config.path("Provider").path("KeyArn"))) {
          return Evaluation.compliant();
        }
      }
    }
    return Evaluation.nonCompliant(PATH, "no EncryptionConfig encrypts the 'secrets' resource with a KMS key");
  }
}
