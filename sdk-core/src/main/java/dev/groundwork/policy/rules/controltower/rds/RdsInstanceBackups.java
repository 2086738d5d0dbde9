package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DB instances keep automated backups for at least seven days. Mirrors CT.RDS.PR.8. */
public final class RdsInstanceBackups implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_BACKUP_ENABLED", "CT.RDS.PR.8",
          "Require an Amazon RDS database instance to have automatic backups configured",
          nist("CP-10"), nist("CP-6"), nist("CP-6(1)"), nist("CP-6(2)"), nist("CP-9"),
          nist("SC-5(2)"), nist("SI-12"), nist("SI-13(5)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("Automated backups with point-in-time restore are the way back from corruption or a bad "
          + "change; a week covers a problem noticed after a weekend.")
      .remediation("Set backupRetention(Duration.days(7)) or longer on the instance.")
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
    if (!RdsEngines.engineIn(p, RdsEngines.INSTANCE)) {
      return Evaluation.notApplicable();
    }
    JsonNode days = p.path("BackupRetentionPeriod");
    return Evaluation.failIf(!(days.isNumber() && days.doubleValue() >= 7),
        "Properties.BackupRetentionPeriod",
        "backups are kept for less than 7 days (or the period is not set)");
  }
}
