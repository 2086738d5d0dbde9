package dev.groundwork.policy.rules.controltower.dynamodb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * DAX clusters run at least three nodes in three different Availability Zones. Mirrors CT.DAX.PR.2.
 */
public final class DaxClusterThreeZones implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_DAX_CLUSTER_MULTI_AZ", "CT.DAX.PR.2",
          "Require an Amazon DAX cluster to deploy nodes to at least three Availability Zones",
          nist("CP-10"), nist("CP-2(2)"), nist("CP-6(2)"), nist("SC-36"), nist("SC-5(2)"),
          nist("SI-13(5)"))
      .resourceTypes("AWS::DAX::Cluster")
      .rationale("With fewer nodes or zones, losing one zone takes the cache down and sends the whole "
          + "read load to the table at once.")
      .remediation("Set replicationFactor to 3 or more and list three distinct availabilityZones on the "
          + "DAX cluster.")
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
    JsonNode nodes = p.path("ReplicationFactor");
    JsonNode zones = p.path("AvailabilityZones");
    boolean threeZones = isNonEmptyList(zones) && zones.size() >= 3
        && !zones.get(0).equals(zones.get(1)) && !zones.get(0).equals(zones.get(2))
        && !zones.get(1).equals(zones.get(2));
    return Evaluation.failIf(!(nodes.isIntegralNumber() && nodes.intValue() >= 3) || !threeZones,
        "Properties.AvailabilityZones", "the cluster does not run three nodes in three distinct zones");
  }
}
