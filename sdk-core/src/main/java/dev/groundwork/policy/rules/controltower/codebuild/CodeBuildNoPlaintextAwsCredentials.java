package dev.groundwork.policy.rules.controltower.codebuild;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.Set;

/**
 * Projects do not pass AWS access keys as plain-text environment variables. Mirrors
 * CT.CODEBUILD.PR.2.
 */
public final class CodeBuildNoPlaintextAwsCredentials implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CODEBUILD_PROJECT_ENVVAR_AWSCRED", "CT.CODEBUILD.PR.2",
          "Require any AWS CodeBuild project environment variable to encrypt credentials in "
          + "environment variables",
          nist("IA-5(7)"), nist("SA-3"))
      .resourceTypes("AWS::CodeBuild::Project")
      .rationale("A plain-text variable is stored in the project definition and shown to anyone who can "
          + "read the project; AWS credentials there are long-lived keys leaked to every reader.")
      .remediation("Give the project a role instead of keys; if keys are unavoidable, pass them with type "
          + "PARAMETER_STORE or SECRETS_MANAGER (BuildEnvironmentVariableType).")
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
    JsonNode variables = p.path("Environment").path("EnvironmentVariables");
    if (!isStruct(p.path("Environment")) || !isNonEmptyList(variables)) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < variables.size(); i++) {
      JsonNode variable = variables.get(i);
      JsonNode type = variable.path("Type");
      if (isOneOf(variable.path("Name"), CREDENTIALS) && (!isNonEmptyString(type) || is(type, "PLAINTEXT"))) {
        out.violation("Properties.Environment.EnvironmentVariables[" + i + "].Type",
            variable.path("Name").textValue() + " is a plain-text environment variable");
      }
    }
    return out.build();
  }

  private static final Set<String> CREDENTIALS = ImmutableSet.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
}
