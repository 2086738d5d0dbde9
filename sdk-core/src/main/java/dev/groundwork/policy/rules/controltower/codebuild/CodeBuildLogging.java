package dev.groundwork.policy.rules.controltower.codebuild;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isLocalReference;
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

/**
 * Projects send build logs to CloudWatch Logs or S3, configured explicitly. Mirrors
 * CT.CODEBUILD.PR.3.
 */
public final class CodeBuildLogging implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CODEBUILD_PROJECT_LOGGING_ENABLED", "CT.CODEBUILD.PR.3",
          "Require any AWS CodeBuild project environment to have logging configured",
          nist("AC-2(12)"), nist("AC-2(4)"), nist("AC-4(26)"), nist("AC-6(9)"), nist("AU-10"),
          nist("AU-12"), nist("AU-2"), nist("AU-3"), nist("AU-6(3)"), nist("AU-6(4)"),
          nist("AU-9(7)"), nist("CA-7"), nist("SC-7(9)"), nist("SI-3(8)"), nist("SI-4"),
          nist("SI-4(20)"), nist("SI-7(8)"))
      .resourceTypes("AWS::CodeBuild::Project")
      .rationale("Build logs show what ran, with which inputs, when a release goes wrong or a build is "
          + "abused; a project that says where its logs go keeps them under the organisation's "
          + "retention and encryption.")
      .remediation("Set "
          + "logging(LoggingOptions.builder().cloudWatch(CloudWatchLoggingOptions.builder().logGroup(group).build()).build()) "
          + "on the project (CfnProject: logsConfig.cloudWatchLogs.status ENABLED).")
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
    JsonNode logs = p.path("LogsConfig");
    if (!isStruct(logs)) {
      return Evaluation.nonCompliant("Properties.LogsConfig", "LogsConfig is not set");
    }
    JsonNode cloudWatch = logs.path("CloudWatchLogs");
    JsonNode s3 = logs.path("S3Logs");
    boolean toCloudWatch = isStruct(cloudWatch) && is(cloudWatch.path("Status"), "ENABLED");
    boolean toS3 = isStruct(s3) && is(s3.path("Status"), "ENABLED") && isBucketLocation(ctx, s3.path("Location"));
    return Evaluation.failIf(!toCloudWatch && !toS3, "Properties.LogsConfig",
        "neither CloudWatch Logs nor S3 logging is ENABLED with a destination");
  }

  private static boolean isBucketLocation(RuleContext ctx, JsonNode location) {
    if (isNameOrLocalReference(ctx.template(), location, "AWS::S3::Bucket")) {
      return true;
    }
    JsonNode join = location.path("Fn::Join");
    return isNonEmptyList(join)
        && anyOf(join.path(1), part -> isLocalReference(ctx.template(), part, "AWS::S3::Bucket"));
  }
}
