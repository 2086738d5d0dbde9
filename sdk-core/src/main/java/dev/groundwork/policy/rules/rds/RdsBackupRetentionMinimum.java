package dev.groundwork.policy.rules.rds;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.OptionalLong;

/** Automated backups are kept at least as long as the tier requires. */
public final class RdsBackupRetentionMinimum implements Rule {

  /** CloudFormation's default when BackupRetentionPeriod is not set. */
  private static final long CLOUDFORMATION_DEFAULT_DAYS = 1;

  private static final RuleInfo INFO = RuleInfo.builder("GW_RDS_BACKUP_RETENTION_MINIMUM")
      .title("RDS backups are retained for the tier's minimum (DEV 1, STAGING 7, PROD 35 days)")
      .severity(Severity.ERROR)
      .resourceTypes(Databases.CLUSTER, Databases.INSTANCE)
      .rationale("Point-in-time recovery only reaches back as far as the retention period; "
          + "the minimum per tier is TierDefaults.databaseBackupRetentionDays.")
      .remediation("Set backup(BackupProps.builder().retention(Duration.days(n))) on a cluster "
          + "or backupRetention(Duration.days(n)) on an instance, n at least the tier's minimum.")
      .controls("AWS Security Hub CSPM control reference, control RDS.11 (backups enabled; its default 7-day minimum is met in STAGING and PROD only)",
          Control.nist("CP-10"), Control.nist("CP-6"), Control.nist("CP-6(1)"),
          Control.nist("CP-6(2)"), Control.nist("CP-9"), Control.nist("SC-5(2)"),
          Control.nist("SI-12"), Control.nist("SI-13(5)"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource db = ctx.resource();
    if (!Databases.holdsSettings(db)) {
      return Evaluation.notApplicable();
    }
    JsonNode node = db.property("BackupRetentionPeriod");
    OptionalLong days = node.isMissingNode()
        ? OptionalLong.of(CLOUDFORMATION_DEFAULT_DAYS) : Intrinsics.number(node);
    if (days.isEmpty()) {
      return Evaluation.unknown("Properties.BackupRetentionPeriod");
    }
    int minimum = ctx.tier().defaults().databaseBackupRetentionDays();
    if (days.getAsLong() >= minimum) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.BackupRetentionPeriod",
        String.format("backup retention is %d day(s)%s; %s requires at least %d",
            days.getAsLong(), node.isMissingNode() ? " (CloudFormation default)" : "",
            ctx.tier(), minimum));
  }
}
