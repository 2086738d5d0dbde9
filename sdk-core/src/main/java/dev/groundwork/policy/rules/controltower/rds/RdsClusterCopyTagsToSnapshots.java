package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Aurora clusters copy their tags to snapshots. Mirrors CT.RDS.PR.9. */
public final class RdsClusterCopyTagsToSnapshots implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_CLUSTER_COPY_TAGS_TO_SNAPSHOTS_ENABLED", "CT.RDS.PR.9",
          "Require an Amazon RDS database cluster to copy tags to snapshots",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::RDS::DBCluster")
      .rationale("Tags carry ownership, cost and data classification; snapshots without them are "
          + "orphaned copies of the data that nobody can attribute or govern.")
      .remediation("Set copyTagsToSnapshot(true) on the Aurora cluster.")
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
    if (!isOneOf(p.path("Engine"), RdsEngines.AURORA)) {
      return Evaluation.notApplicable();
    }
    return RdsEngines.requireTrue(p, "CopyTagsToSnapshot", "tags are not copied to snapshots");
  }
}
