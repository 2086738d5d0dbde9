package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DB instances encrypt their storage. Mirrors CT.RDS.PR.24. */
public final class RdsInstanceStorageEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_STORAGE_ENCRYPTED", "CT.RDS.PR.24",
          "Require an Amazon RDS database instance to have encryption at rest configured",
          cis("2.3.1"), nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"),
          nist("SC-28(1)"), nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("Encryption at rest protects the instance's storage, its automated backups, snapshots "
          + "and replicas with a KMS key whose policy decides who can read them.")
      .remediation("Set storageEncrypted(true) (or a storageEncryptionKey) on the instance.")
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
    return RdsEngines.requireTrue(p, "StorageEncrypted", "storage is not encrypted");
  }
}
