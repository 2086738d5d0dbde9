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

/** DB clusters have deletion protection on. Mirrors CT.RDS.PR.3. */
public final class RdsClusterDeletionProtection implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_CLUSTER_DELETION_PROTECTION_ENABLED", "CT.RDS.PR.3",
          "Require an Amazon RDS cluster to have deletion protection configured",
          cis("2.3.1"), nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"), nist("CM-3"),
          nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"), nist("SC-5(2)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::RDS::DBCluster")
      .rationale("Deleting a cluster deletes its data with it (automated backups too, unless retained); "
          + "deletion protection makes that a deliberate two-step act.")
      .remediation("Set deletionProtection(true) on the cluster (Groundwork's DatabaseCluster does in "
          + "STAGING and PROD).")
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
    return RdsEngines.requireTrue(p, "DeletionProtection", "deletion protection is not on");
  }
}
