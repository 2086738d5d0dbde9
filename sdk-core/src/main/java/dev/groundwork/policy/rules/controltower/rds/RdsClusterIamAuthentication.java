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

/** Aurora clusters accept IAM database authentication. Mirrors CT.RDS.PR.4. */
public final class RdsClusterIamAuthentication implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED", "CT.RDS.PR.4",
          "Require an Amazon RDS database cluster to have AWS IAM database authentication "
          + "configured",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-6"))
      .resourceTypes("AWS::RDS::DBCluster")
      .rationale("IAM authentication replaces long-lived database passwords with short-lived tokens tied "
          + "to an IAM principal, whose use CloudTrail records.")
      .remediation("Set iamAuthentication(true) on the Aurora cluster.")
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
    return RdsEngines.requireTrue(p, "EnableIAMDatabaseAuthentication", "IAM database authentication is not on");
  }
}
