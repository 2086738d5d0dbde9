package dev.groundwork.policy.rules.controltower.codebuild;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.eachOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Project artifacts are encrypted. Mirrors CT.CODEBUILD.PR.5. */
public final class CodeBuildArtifactsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CODEBUILD_PROJECT_ARTIFACT_ENCRYPTION", "CT.CODEBUILD.PR.5",
          "Require encryption on all AWS CodeBuild project artifacts",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SI-7(6)"))
      .resourceTypes("AWS::CodeBuild::Project")
      .rationale("Build artifacts are what gets deployed; unencrypted, anyone with read access to the "
          + "bucket can read, and anyone with write access can swap, them unnoticed.")
      .remediation("Leave encryptionDisabled unset or false on the project's artifacts and secondary "
          + "artifacts.")
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
    JsonNode artifacts = p.path("Artifacts");
    JsonNode secondary = p.path("SecondaryArtifacts");
    boolean inScope = isStruct(artifacts) && (producesArtifacts(artifacts)
        || (isNonEmptyList(secondary) && allOf(secondary, CodeBuildArtifactsEncrypted::producesArtifacts)));
    if (!inScope) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    if (!encrypted(artifacts)) {
      out.violation("Properties.Artifacts.EncryptionDisabled", "the artifacts are not encrypted");
    }
    if (exists(secondary) && !(secondary.isArray() && eachOf(secondary, CodeBuildArtifactsEncrypted::encrypted))) {
      out.violation("Properties.SecondaryArtifacts", "a secondary artifact is not encrypted");
    }
    return out.build();
  }

  private static boolean producesArtifacts(JsonNode artifact) {
    return exists(artifact.path("Type")) && !is(artifact.path("Type"), "NO_ARTIFACTS");
  }

  private static boolean encrypted(JsonNode artifact) {
    JsonNode disabled = artifact.path("EncryptionDisabled");
    return !exists(disabled) || isFalse(disabled);
  }
}
