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

/** DB instances copy their tags to snapshots. Mirrors CT.RDS.PR.10. */
public final class RdsInstanceCopyTagsToSnapshots implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_COPY_TAGS_TO_SNAPSHOTS_ENABLED", "CT.RDS.PR.10",
          "Require an Amazon RDS database instance to copy tags to snapshots",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("Tags carry ownership, cost and data classification; snapshots without them are "
          + "orphaned copies of the data that nobody can attribute or govern.")
      .remediation("Set copyTagsToSnapshot(true) on the instance.")
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
    return RdsEngines.requireTrue(p, "CopyTagsToSnapshot", "tags are not copied to snapshots");
  }
}
