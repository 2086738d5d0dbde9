package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
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

/** DB clusters do not name their administrator admin or postgres. Mirrors CT.RDS.PR.21. */
public final class RdsClusterNonDefaultAdmin implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_CLUSTER_DEFAULT_ADMIN", "CT.RDS.PR.21",
          "Require an Amazon RDS DB cluster to have a unique administrator username",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::RDS::DBCluster")
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
    if (!exists(user)) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(isOneOf(user, DEFAULT_NAMES), "Properties.MasterUsername",
        "the administrator name is a default one");
  }

  static final Set<String> DEFAULT_NAMES = ImmutableSet.of("admin", "postgres");
}
