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
 * Event subscriptions for DB parameter groups are enabled and include configuration change events.
 * Mirrors CT.RDS.PR.18.
 */
public final class RdsParameterGroupEventSubscription implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_PG_EVENT_NOTIFICATIONS_CONFIGURED", "CT.RDS.PR.18",
          "Require an Amazon RDS event notification subscription to have critical database "
          + "parameter group events configured",
          nist("CA-7"), nist("SI-2"))
      .resourceTypes("AWS::RDS::EventSubscription")
      .rationale("A changed parameter group changes every database using it; the event tells the team "
          + "when it happens.")
      .remediation("Enable the subscription and leave eventCategories empty (all) or include configuration "
          + "change.")
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
    return RdsEngines.eventSubscription(p, "db-parameter-group", List.of("configuration change"));
  }
}
