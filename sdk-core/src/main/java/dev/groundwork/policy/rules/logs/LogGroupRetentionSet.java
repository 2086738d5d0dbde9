package dev.groundwork.policy.rules.logs;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Log groups have a retention period instead of keeping logs forever. */
public final class LogGroupRetentionSet implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_LOGS_RETENTION_SET")
      .title("Log groups set a retention period")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes("AWS::Logs::LogGroup")
      .rationale("Without retention logs are kept and billed forever, and personal data in them "
          + "outlives every deletion policy. Tier defaults: DEV 30, STAGING 90, PROD 365 days.")
      .remediation("Set retention(RetentionDays.ONE_YEAR) (or the tier's value from "
          + "TierDefaults.logRetentionDays) on the LogGroup.")
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule CloudWatchLogGroupRetentionPeriod (an explicit retention period)",
          Control.nist("AU-6(3)"), Control.nist("AU-6(4)"), Control.nist("AU-10"),
          Control.nist("AU-11"), Control.nist("AU-11(1)"), Control.nist("AU-12(1)"),
          Control.nist("SC-28(2)"), Control.nist("SI-12"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (!ctx.resource().property("RetentionInDays").isMissingNode()) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.RetentionInDays", "log group has no RetentionInDays (logs kept forever)");
  }
}
