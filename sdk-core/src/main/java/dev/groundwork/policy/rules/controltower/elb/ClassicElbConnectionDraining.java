package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Classic load balancers drain connections from deregistering instances. Mirrors
 * CT.ELASTICLOADBALANCING.PR.11.
 */
public final class ClassicElbConnectionDraining implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELB_CONNECTION_DRAINING_ENABLED", "CT.ELASTICLOADBALANCING.PR.11",
          "Require any ELB classic load balancer to have connection draining activated",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::ElasticLoadBalancing::LoadBalancer")
      .rationale("Without draining, in-flight requests to an instance being replaced or scaled in are "
          + "cut off, which users see as errors on every deployment.")
      .remediation("Set connectionDrainingPolicy with enabled true on the load balancer.")
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
    JsonNode policy = p.path("ConnectionDrainingPolicy");
    return Evaluation.failIf(!isStruct(policy) || !isTrue(policy.path("Enabled")),
        "Properties.ConnectionDrainingPolicy",
        "connection draining is not enabled");
  }
}
