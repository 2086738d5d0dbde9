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
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule RDSInstanceDeletionProtectionEnabled (from the AWS Config NIST 800-53 rev 5 conformance pack)",
          Control.nist("CP-2(5)"), Control.nist("SC-5(2)"), Control.nist("SC-22"), Control.nist("SI-13(5)"))
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
