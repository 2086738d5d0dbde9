package dev.groundwork.policy.rules.controltower.codebuild;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Projects that log to S3 encrypt those logs. Mirrors CT.CODEBUILD.PR.6. */
public final class CodeBuildS3LogsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CODEBUILD_PROJECT_S3_LOGS_ENCRYPTED", "CT.CODEBUILD.PR.6",
          "Require encryption on all Amazon S3 logs for AWS CodeBuild projects",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SI-7(6)"))
      .resourceTypes("AWS::CodeBuild::Project")
      .rationale("Build logs can contain environment details, dependency URLs and sometimes secrets; in "
          + "S3 unencrypted they are readable by anyone with access to the bucket.")
      .remediation("Leave encrypted unset or true in the project's S3 logging options (CfnProject: "
          + "logsConfig.s3Logs.encryptionDisabled false).")
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
    JsonNode s3 = p.path("LogsConfig").path("S3Logs");
    if (!isStruct(p.path("LogsConfig")) || !isStruct(s3) || !is(s3.path("Status"), "ENABLED")) {
      return Evaluation.notApplicable();
    }
    JsonNode disabled = s3.path("EncryptionDisabled");
    return Evaluation.failIf(exists(disabled) && !isFalse(disabled),
        "Properties.LogsConfig.S3Logs.EncryptionDisabled",
        "S3 log encryption is disabled");
  }
}
