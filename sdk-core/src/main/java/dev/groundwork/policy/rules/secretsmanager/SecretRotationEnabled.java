package dev.groundwork.policy.rules.secretsmanager;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Every secret has a rotation schedule, found by following {@code RotationSchedule.SecretId}. */
public final class SecretRotationEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_SECRETS_ROTATION_ENABLED")
      .title("Secrets Manager secrets are rotated automatically")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes("AWS::SecretsManager::Secret")
      .rationale("A secret that never changes stays valid forever once leaked; rotation bounds "
          + "the damage.")
      .remediation("Call secret.addRotationSchedule(...) or, for databases, "
          + "database.addRotationSingleUser().")
      .controls("AWS Security Hub CSPM control reference, control SecretsManager.1",
          Control.nist("AC-2(1)"), Control.nist("AC-3(15)"), Control.pci("8.6.3"),
          Control.pci("8.3.9"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    boolean rotated = !ctx.template().referrers("AWS::SecretsManager::RotationSchedule",
        "SecretId", ctx.resource().logicalId()).isEmpty();
    if (rotated) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties",
        "no AWS::SecretsManager::RotationSchedule references secret " + ctx.resource().logicalId());
  }
}
