package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.Set;

/** DB instances encrypt their storage with a KMS key you specify. Mirrors CT.RDS.PR.30. */
public final class RdsInstanceCustomerManagedKey implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_STORAGE_ENCRYPTED_KMS_KEY", "CT.RDS.PR.30",
          "Require that an Amazon RDS database instance has encryption at rest configured to use "
          + "a KMS key that you specify for supported engine types",
          cis("2.3.1"), nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"),
          nist("SC-28(1)"), nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("A key of your own lets its key policy decide who can read the data and its snapshots, "
          + "and lets you share encrypted snapshots deliberately.")
      .remediation("Set storageEncryptionKey(key) on the instance.")
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
    if (!RdsEngines.engineIn(p, ENGINES)) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!isNameOrLocalReference(ctx.template(), p.path("KmsKeyId"), "AWS::KMS::Key", "AWS::KMS::Alias"),
        "Properties.KmsKeyId", "the instance names no KMS key");
  }

  private static final Set<String> ENGINES = ImmutableSet.of("mariadb", "mysql", "oracle-ee", "oracle-ee-cdb", "oracle-se2",
      "oracle-se2-cdb", "postgres", "sqlserver-ee", "sqlserver-se", "sqlserver-web");
}
