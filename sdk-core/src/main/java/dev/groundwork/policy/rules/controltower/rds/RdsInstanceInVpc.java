package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DB instances are placed in a DB subnet group of a VPC. Mirrors CT.RDS.PR.11. */
public final class RdsInstanceInVpc implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_DEPLOYED_IN_VPC", "CT.RDS.PR.11",
          "Require an Amazon RDS database instance to have a VPC configuration",
          nist("AC-4"), nist("AC-4(21)"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"),
          nist("SC-7(20)"), nist("SC-7(21)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("An instance with a subnet group lives in subnets you choose, behind your security "
          + "groups and routes; without one it lands in the default VPC.")
      .remediation("Set vpc and vpcSubnets on the instance (CfnDBInstance: dbSubnetGroupName).")
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
    return Evaluation.failIf(!isNameOrLocalReference(ctx.template(), p.path("DBSubnetGroupName"), "AWS::RDS::DBSubnetGroup"),
        "Properties.DBSubnetGroupName", "the instance has no DB subnet group");
  }
}
