package dev.groundwork.policy.rules.secretsmanager;

import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** Secrets are encrypted with a customer managed KMS key. */
public final class SecretUsesCustomerManagedKey implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_SECRETS_CUSTOMER_MANAGED_KEY")
      .title("Secrets Manager secrets use a customer managed KMS key")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes("AWS::SecretsManager::Secret")
      .rationale("With the AWS managed key anyone with secretsmanager:GetSecretValue in the "
          + "account can read the secret; a customer managed key adds a second, auditable gate "
          + "and allows cross-account sharing.")
      .remediation("Pass encryptionKey(key) to the Secret.")
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule SecretsManagerUsingKMSKey",
          ComplianceSources.KMS_AT_REST)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    String key = ctx.resource().property("KmsKeyId").asText("");
    if (!ctx.resource().property("KmsKeyId").isMissingNode()
        && !key.equals("alias/aws/secretsmanager")) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.KmsKeyId",
        "secret is encrypted with the AWS managed key aws/secretsmanager");
  }
}
