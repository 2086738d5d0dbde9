package dev.groundwork.policy.rules.plaintext;

import dev.groundwork.assembly.Parameter;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** Template parameters named like secrets have no literal default. */
public final class ParameterHasNoPlaintextSecretDefault implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_PARAMETER_NO_PLAINTEXT_SECRET_DEFAULT")
      .title("Template parameters named like secrets have no literal default")
      .severity(Severity.ERROR)
      .templateParameters()
      .rationale("A parameter default is stored in the template in clear, whatever NoEcho says. "
          + "SSM parameter-typed parameters (such as CDK's BootstrapVersion) hold a parameter "
          + "name, not a value, and are not flagged.")
      .remediation("Remove the default and pass the value at deploy time, or better, create "
          + "the secret in Secrets Manager and reference it.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Parameter parameter = ctx.parameter();
    if (parameter.type().startsWith("AWS::SSM::Parameter")
        || !EnvironmentVariables.soundsSecret(parameter.name())) {
      return Evaluation.notApplicable();
    }
    String value = parameter.defaultValue().orElse("");
    if (value.isEmpty()) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Parameters." + parameter.name() + ".Default",
        "parameter " + parameter.name() + " has a literal default (" + value.length() + " characters)");
  }
}
