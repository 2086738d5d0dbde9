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
 * Event subscriptions for DB security groups are enabled and include failure and configuration
 * change events. Mirrors CT.RDS.PR.19.
 */
public final class RdsSecurityGroupEventSubscription implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_SG_EVENT_NOTIFICATIONS_CONFIGURED", "CT.RDS.PR.19",
          "Require an Amazon RDS event notifications subscription to have critical database "
          + "security group events configured",
          nist("CA-7"), nist("SI-2"))
      .resourceTypes("AWS::RDS::EventSubscription")
      .rationale("Changes to database access rules, and failures applying them, are security events the "
          + "team must see.")
      .remediation("Enable the subscription and leave eventCategories empty (all) or include failure and "
          + "configuration change.")
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
    return RdsEngines.eventSubscription(p, "db-security-group", List.of("failure", "configuration change"));
  }
}
