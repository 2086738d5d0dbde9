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
import java.util.List;

/**
 * Event subscriptions for DB clusters are enabled and include maintenance and failure events.
 * Mirrors CT.RDS.PR.12.
 */
public final class RdsClusterEventSubscription implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_CLUSTER_EVENT_NOTIFICATIONS_CONFIGURED", "CT.RDS.PR.12",
          "Require an Amazon RDS event subscription to have critical cluster events configured",
          nist("CA-7"), nist("SI-2"))
      .resourceTypes("AWS::RDS::EventSubscription")
      .rationale("Maintenance and failure events tell the team about failovers and forced maintenance as "
          + "they happen, not from users.")
      .remediation("Enable the subscription and leave eventCategories empty (all) or include maintenance "
          + "and failure.")
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
    return RdsEngines.eventSubscription(p, "db-cluster", List.of("maintenance", "failure"));
  }
}
