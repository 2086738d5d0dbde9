package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
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

/**
 * MariaDB, MySQL and PostgreSQL instances accept IAM database authentication. Mirrors CT.RDS.PR.7.
 */
public final class RdsInstanceIamAuthentication implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED", "CT.RDS.PR.7",
          "Require Amazon RDS database instances to have AWS IAM authentication configured",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-6"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("IAM authentication replaces long-lived database passwords with short-lived tokens tied "
          + "to an IAM principal, whose use CloudTrail records.")
      .remediation("Set iamAuthentication(true) on the instance.")
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
    return RdsEngines.requireTrue(p, "EnableIAMDatabaseAuthentication", "IAM database authentication is not on");
  }

  private static final Set<String> ENGINES = ImmutableSet.of("mariadb", "mysql", "postgres");
}
