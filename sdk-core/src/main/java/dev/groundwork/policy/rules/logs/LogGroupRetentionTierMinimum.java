package dev.groundwork.policy.rules.logs;

import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.core.TierDefaults;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.OptionalLong;

/**
 * Log groups keep their logs at least as long as the tier's minimum, {@link
 * TierDefaults#logRetentionDays()}: a retention that is set but shorter loses the evidence an
 * investigation needs. A log group without retention keeps logs forever, which meets any
 * minimum; {@link LogGroupRetentionSet} reports that case.
 */
public final class LogGroupRetentionTierMinimum implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_LOGS_RETENTION_TIER_MINIMUM")
      .title("Log groups keep logs at least for the tier's minimum (DEV 30, STAGING 90, PROD 365 days)")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes("AWS::Logs::LogGroup")
      .rationale("Logs are the record an incident review and an audit read; a retention shorter "
          + "than the tier's minimum (TierDefaults.logRetentionDays) deletes them before anyone "
          + "asks. PROD keeps a year, the period most log-retention requirements name.")
      .remediation("Remove the shorter retention(...) override so the construct uses the tier "
          + "default, or set retention to at least the tier's minimum, e.g. "
          + "RetentionDays.ONE_YEAR in PROD.")
      .controls("AWS Security Hub CSPM control reference, control CloudWatch.16 (a minimum "
          + "retention period; its default of 365 days is the PROD minimum)",
          Control.nist("AU-10"), Control.nist("AU-11"), Control.nist("AU-6(3)"),
          Control.nist("AU-6(4)"), Control.nist("CA-7"), Control.nist("SI-12"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    var retention = ctx.resource().property("RetentionInDays");
    if (Intrinsics.isAbsent(retention)) {
      return Evaluation.compliant();
    }
    OptionalLong days = Intrinsics.number(retention);
    if (days.isEmpty()) {
      return Evaluation.unknown("Properties.RetentionInDays");
    }
    int minimum = TierDefaults.forTier(ctx.tier()).logRetentionDays();
    return Evaluation.failIf(days.getAsLong() < minimum, "Properties.RetentionInDays",
        () -> "log group keeps logs " + days.getAsLong() + " days, below the " + ctx.tier()
            + " minimum of " + minimum + " days");
  }
}
