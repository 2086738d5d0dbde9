package dev.groundwork.policy.rules.plaintext;

import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import dev.groundwork.policy.rules.plaintext.EnvironmentVariables.Variable;

/** Environment variables named like credentials hold references, not literal values. */
public final class EnvironmentHasNoPlaintextSecrets implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ENV_NO_PLAINTEXT_SECRETS")
      .title("Environment variables named like secrets have no literal values")
      .severity(Severity.ERROR)
      .resourceTypes(EnvironmentVariables.FUNCTION, EnvironmentVariables.TASK_DEFINITION)
      .rationale("A literal in a template is stored in the cloud assembly, in CloudFormation "
          + "and in every console view of the function or task: it is not a secret any more.")
      .remediation("Store the value in Secrets Manager and pass it with "
          + "ecs.Secret.fromSecretsManager(secret) (ECS) or read it at runtime (Lambda); pass "
          + "only the secret's ARN or name in the environment.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Evaluation.Builder out = Evaluation.builder();
    for (Variable variable : EnvironmentVariables.of(ctx.resource())) {
      if (EnvironmentVariables.soundsSecret(variable.name()) && variable.isLiteral()) {
        out.violation(variable.path(), "environment variable " + variable.name()
            + " has a literal value (" + variable.value().asText().length() + " characters)");
      }
    }
    return out.build();
  }
}
