package dev.groundwork.policy.rules.controltower.cloudtrail;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Trails also deliver their events to a CloudWatch Logs log group. Mirrors CT.CLOUDTRAIL.PR.3. */
public final class CloudTrailCloudWatchLogs implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED", "CT.CLOUDTRAIL.PR.3",
          "Require an AWS CloudTrail trail to have an Amazon CloudWatch log group configuration",
          cis("3.4"), nist("AC-2(4)"), nist("AC-4(26)"), nist("AC-6(9)"), nist("AU-10"),
          nist("AU-12"), nist("AU-2"), nist("AU-3"), nist("AU-6(1)"), nist("AU-6(3)"),
          nist("AU-6(4)"), nist("AU-6(5)"), nist("AU-7(1)"), nist("AU-9(7)"), nist("CA-7"),
          nist("SC-7(9)"), nist("SI-20"), nist("SI-3(8)"), nist("SI-4(20)"), nist("SI-4(5)"),
          nist("SI-7(8)"))
      .resourceTypes("AWS::CloudTrail::Trail")
      .rationale("In CloudWatch Logs, trail events can drive metric filters and alarms within minutes "
          + "(root logins, policy changes), instead of waiting for someone to read S3.")
      .remediation("Set sendToCloudWatchLogs(true) (with cloudWatchLogGroup) on the trail.")
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
    boolean delivered = isNameOrLocalReference(ctx.template(), p.path("CloudWatchLogsLogGroupArn"), "AWS::Logs::LogGroup")
        && isNameOrLocalReference(ctx.template(), p.path("CloudWatchLogsRoleArn"), "AWS::IAM::Role");
    return Evaluation.failIf(!delivered, "Properties.CloudWatchLogsLogGroupArn",
        "the trail does not deliver to a CloudWatch Logs log group with a role");
  }
}
