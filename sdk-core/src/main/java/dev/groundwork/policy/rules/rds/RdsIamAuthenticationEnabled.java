package dev.groundwork.policy.rules.rds;

import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.RequiredFlags;

/** RDS databases allow IAM database authentication. */
public final class RdsIamAuthenticationEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_RDS_IAM_AUTH_ENABLED")
      .title("RDS databases allow IAM database authentication")
      .severity(Severity.WARNING)
      .resourceTypes(Databases.CLUSTER, Databases.INSTANCE)
      .rationale("IAM authentication gives short-lived, auditable credentials instead of "
          + "long-lived passwords shared between services.")
      .remediation("Set iamAuthentication(true) and grant rds-db:connect to the roles that need "
          + "it (database.grantConnect(role, user)).")
      .controls("AWS Security Hub CSPM control reference, control RDS.10 (instances) and RDS.12 (clusters)",
          Control.nist("AC-2(1)"), Control.nist("AC-3"), Control.nist("AC-3(15)"),
          Control.nist("AC-3(7)"), Control.nist("AC-6"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource db = ctx.resource();
    String engine = Databases.engine(db);
    if (!Databases.holdsSettings(db) || engine.startsWith("sqlserver") || engine.startsWith("oracle")
        || engine.startsWith("db2")) {
      return Evaluation.notApplicable();
    }
    return RequiredFlags.requireTrue(db, "EnableIAMDatabaseAuthentication");
  }
}
