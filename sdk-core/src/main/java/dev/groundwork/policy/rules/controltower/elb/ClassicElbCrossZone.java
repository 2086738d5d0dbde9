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

/** Classic load balancers balance across zones. Mirrors CT.ELASTICLOADBALANCING.PR.13. */
public final class ClassicElbCrossZone implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED", "CT.ELASTICLOADBALANCING.PR.13",
          "Require any ELB classic load balancer to have cross-zone load balancing activated",
          nist("CP-10"), nist("CP-6(2)"), nist("SC-36"), nist("SC-5(2)"), nist("SI-13(5)"))
      .resourceTypes("AWS::ElasticLoadBalancing::LoadBalancer")
      .rationale("Without cross-zone load balancing, each zone's share of traffic goes only to that "
          + "zone's instances, overloading them when the zones are uneven or one loses capacity.")
      .remediation("Set crossZone(true) on the load balancer.")
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
    return Evaluation.failIf(!isTrue(p.path("CrossZone")), "Properties.CrossZone",
        "cross-zone load balancing is not on");
  }
}
