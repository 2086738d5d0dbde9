package dev.groundwork.policy.rules.rds;

import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import dev.groundwork.policy.rules.internal.RequiredFlags;

/** RDS databases encrypt their storage. */
public final class RdsStorageEncrypted implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_RDS_STORAGE_ENCRYPTED")
      .title("RDS databases encrypt their storage")
      .severity(Severity.ERROR)
      .resourceTypes(Databases.CLUSTER, Databases.INSTANCE)
      .rationale("Unencrypted database storage, snapshots and replicas expose all data to anyone "
          + "who gets the volume or a snapshot; encryption cannot be turned on later without a "
          + "restore.")
      .remediation("Set storageEncrypted(true) with a customer managed storageEncryptionKey on "
          + "the CDK DatabaseCluster or DatabaseInstance.")
      .controls("AWS Security Hub CSPM control reference, control RDS.3",
          ComplianceSources.ENCRYPTION_AT_REST, Control.cis("2.3.1"))
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
    return RequiredFlags.requireTrue(db, "StorageEncrypted");
  }
}
