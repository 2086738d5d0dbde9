package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DB instances do not name their administrator admin or postgres. Mirrors CT.RDS.PR.22. */
public final class RdsInstanceNonDefaultAdmin implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_DEFAULT_ADMIN", "CT.RDS.PR.22",
          "Require an Amazon RDS database instance to have a unique administrator username",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("The default administrator names are the first ones brute-force attempts use; another "
          + "name means an attacker must guess both halves.")
      .remediation("Set credentials(Credentials.fromGeneratedSecret(\"dbadmin\")) or another name than admin "
          + "and postgres.")
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
    JsonNode user = p.path("MasterUsername");
    if (!exists(user) || !RdsEngines.engineIn(p, RdsEngines.INSTANCE)) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(isOneOf(user, RdsClusterNonDefaultAdmin.DEFAULT_NAMES),
        "Properties.MasterUsername",
        "the administrator name is a default one");
  }
}
