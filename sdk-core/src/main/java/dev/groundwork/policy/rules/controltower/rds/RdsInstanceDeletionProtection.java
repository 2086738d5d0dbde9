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

/** DB instances have deletion protection on. Mirrors CT.RDS.PR.13. */
public final class RdsInstanceDeletionProtection implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_DELETION_PROTECTION_ENABLED", "CT.RDS.PR.13",
          "Require any Amazon RDS instance to have deletion protection configured",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"), nist("CM-3"), nist("SC-5(2)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("Deleting an instance deletes its data with it (automated backups too, unless "
          + "retained); deletion protection makes that a deliberate two-step act.")
      .remediation("Set deletionProtection(true) on the instance.")
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
    return RdsEngines.requireTrue(p, "DeletionProtection", "deletion protection is not on");
  }
}
