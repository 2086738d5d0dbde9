package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Templates create no DB security groups and instances use none. Mirrors CT.RDS.PR.15. */
public final class RdsNoDbSecurityGroups implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_DB_SECURITY_GROUP_NOT_ALLOWED", "CT.RDS.PR.15",
          "Require that an Amazon RDS instance does not create DB security groups",
          nist("AC-4"), nist("AC-4(21)"), nist("CM-8(1)"), nist("SC-7"), nist("SC-7(11)"),
          nist("SC-7(16)"), nist("SC-7(21)"), nist("SC-7(4)"), nist("SC-7(5)"))
      .resourceTypes("AWS::RDS::DBInstance", "AWS::RDS::DBSecurityGroup")
      .rationale("DB security groups are EC2-Classic networking, retired by AWS; VPC security groups are "
          + "the supported way to control access to a database.")
      .remediation("Put the instance in a VPC and control access with VPC security groups "
          + "(connections.allowFrom(...)).")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (ctx.resource().type().equals("AWS::RDS::DBSecurityGroup")) {
      return Evaluation.nonCompliant("Type", "the template creates a DB security group");
    }
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    JsonNode groups = p.path("DBSecurityGroups");
    return Evaluation.failIf(exists(groups) && !(groups.isArray() && groups.isEmpty()),
        "Properties.DBSecurityGroups",
        "the instance uses DB security groups");
  }
}
