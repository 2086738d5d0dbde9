package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * DB clusters that are not restored or replicated from another cluster of the template encrypt
 * their storage. Mirrors CT.RDS.PR.16.
 */
public final class RdsClusterStorageEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_CLUSTER_STORAGE_ENCRYPTED", "CT.RDS.PR.16",
          "Require an Amazon RDS database cluster to have encryption at rest configured",
          cis("2.3.1"), nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"),
          nist("SC-28(1)"), nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::RDS::DBCluster")
      .rationale("Encryption at rest protects the cluster's storage, its automated backups, snapshots "
          + "and replicas with a KMS key whose policy decides who can read them.")
      .remediation("Set storageEncrypted(true) (or a storageEncryptionKey) on the cluster; Groundwork's "
          + "DatabaseCluster always does.")
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
    if (!isNewData(ctx, p.path("SourceDBClusterIdentifier"), false)
        || !isNewData(ctx, p.path("ReplicationSourceIdentifier"), true)) {
      return Evaluation.notApplicable();
    }
    return RdsEngines.requireTrue(p, "StorageEncrypted", "storage is not encrypted");
  }

  /**
   * The guard rule's filter on a source property: absent or blank, or an expression that is not
   * a reference to a cluster (or, for a replication source joined into an ARN, to a cluster or
   * instance) of this template. A literal identifier means a restore, which the control leaves
   * out.
   */
  private static boolean isNewData(RuleContext ctx, JsonNode source, boolean joined) {
    if (!exists(source) || (source.isTextual() && source.textValue().isBlank())) {
      return true;
    }
    if (!isStruct(source)) {
      return false;
    }
    if (!joined) {
      return !source.has("Ref") || !isLocalReference(ctx.template(), source, "AWS::RDS::DBCluster");
    }
    JsonNode join = source.path("Fn::Join");
    return !source.has("Fn::Join") || !anyOf(join.path(1),
        part -> isLocalReference(ctx.template(), part, "AWS::RDS::DBCluster", "AWS::RDS::DBInstance"));
  }
}
