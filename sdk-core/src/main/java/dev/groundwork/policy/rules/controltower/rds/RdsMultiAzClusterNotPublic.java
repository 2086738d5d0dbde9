package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
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

/**
 * Multi-AZ DB clusters (MySQL, PostgreSQL) say explicitly that they are not publicly accessible.
 * Mirrors CT.RDS.PR.29.
 */
public final class RdsMultiAzClusterNotPublic implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_CLUSTER_PUBLIC_ACCESS", "CT.RDS.PR.29",
          "Require an Amazon RDS cluster not be configured to be publicly accessible by means of "
          + "the 'PubliclyAccessible' property",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::RDS::DBCluster")
      .rationale("A publicly accessible cluster gets public addresses, one security group rule away from "
          + "the internet.")
      .remediation("Set publiclyAccessible false on the Multi-AZ DB cluster.")
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
    if (!isOneOf(p.path("Engine"), ENGINES)) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!isFalse(p.path("PubliclyAccessible")), "Properties.PubliclyAccessible",
        "PubliclyAccessible is not false");
  }

  private static final Set<String> ENGINES = ImmutableSet.of("mysql", "postgres");
}
