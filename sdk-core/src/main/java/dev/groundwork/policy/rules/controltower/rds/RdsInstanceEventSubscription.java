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
 * Event subscriptions for DB instances are enabled and include maintenance, failure and
 * configuration change events. Mirrors CT.RDS.PR.17.
 */
public final class RdsInstanceEventSubscription implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_EVENT_NOTIFICATIONS_CONFIGURED", "CT.RDS.PR.17",
          "Require an Amazon RDS event notification subscription to have critical database "
          + "instance events configured",
          nist("CA-7"), nist("SI-2"))
      .resourceTypes("AWS::RDS::EventSubscription")
      .rationale("These events tell the team about failovers, forced maintenance and configuration "
          + "changes as they happen, not from users.")
      .remediation("Enable the subscription and leave eventCategories empty (all) or include maintenance, "
          + "failure and configuration change.")
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
    return RdsEngines.eventSubscription(p, "db-instance", List.of("maintenance", "failure", "configuration change"));
  }
}
