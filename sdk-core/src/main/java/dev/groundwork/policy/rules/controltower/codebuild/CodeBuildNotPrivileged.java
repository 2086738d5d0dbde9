package dev.groundwork.policy.rules.controltower.codebuild;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Projects do not run builds in privileged mode. Mirrors CT.CODEBUILD.PR.4. */
public final class CodeBuildNotPrivileged implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CODEBUILD_PROJECT_ENVIRONMENT_PRIVILEGED", "CT.CODEBUILD.PR.4",
          "Require any AWS CodeBuild project to deactivate privileged mode when running",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-5"),
          nist("AC-6"), nist("AC-6(10)"), nist("AC-6(2)"))
      .resourceTypes("AWS::CodeBuild::Project")
      .rationale("Privileged mode gives the build container root on its host's Docker daemon, so any "
          + "build step (or a compromised dependency) can escape the container.")
      .remediation("Leave privileged unset or false in the build environment; build images with a rootless "
          + "builder, or in a separate project whose privileged mode is an accepted, documented "
          + "exception.")
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
    JsonNode environment = p.path("Environment");
    if (!isStruct(environment)) {
      return Evaluation.nonCompliant("Properties.Environment", "Environment is not set");
    }
    JsonNode privileged = environment.path("PrivilegedMode");
    return Evaluation.failIf(exists(privileged) && !isFalse(privileged),
        "Properties.Environment.PrivilegedMode",
        "PrivilegedMode is not false");
  }
}
