package dev.groundwork.policy.rules.rds;

import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.RequiredFlags;

/** Databases refuse deletion in tiers whose defaults turn deletion protection on. */
public final class RdsDeletionProtectionEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_RDS_DELETION_PROTECTION_ENABLED")
      .title("RDS databases have deletion protection in STAGING and PROD")
      .severity(Severity.ERROR)
      .resourceTypes(Databases.CLUSTER, Databases.INSTANCE)
      .rationale("Deletion protection stops a stack update, a replacement or a console click "
          + "from deleting a database that holds real data. Applies where the tier's "
          + "defaults turn it on (TierDefaults.databaseDeletionProtection: STAGING, PROD).")
      .remediation("Set deletionProtection(true) on the cluster or instance.")
      .controls("AWS Security Hub CSPM control reference, control RDS.8 (instances) and RDS.7 (clusters)",
          Control.nist("CM-3"), Control.nist("SC-5(2)"), Control.nist("SI-13(5)"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource db = ctx.resource();
    if (!Databases.holdsSettings(db) || !ctx.tier().defaults().databaseDeletionProtection()) {
      return Evaluation.notApplicable();
    }
    return RequiredFlags.requireTrue(db, "DeletionProtection", " in a " + ctx.tier() + " environment");
  }
}
