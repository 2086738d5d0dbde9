package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Network load balancers balance across zones. Mirrors CT.ELASTICLOADBALANCING.PR.14. */
public final class NlbCrossZone implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_NLB_CROSS_ZONE_LOAD_BALANCING_ENABLED", "CT.ELASTICLOADBALANCING.PR.14",
          "Require a Network Load Balancer to have cross-zone load balancing activated",
          nist("CP-10"), nist("CP-6(2)"), nist("SC-36"), nist("SC-5(2)"), nist("SI-13(5)"))
      .resourceTypes("AWS::ElasticLoadBalancingV2::LoadBalancer")
      .rationale("Without cross-zone load balancing, each zone's share of traffic goes only to that "
          + "zone's targets, overloading them when the zones are uneven or one loses capacity.")
      .remediation("Set crossZoneEnabled(true) on the network load balancer.")
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
    if (!is(p.path("Type"), "network")) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!LoadBalancerAttributes.isOn(p.path("LoadBalancerAttributes"), "load_balancing.cross_zone.enabled"),
        "Properties.LoadBalancerAttributes", "cross-zone load balancing is not on");
  }
}
