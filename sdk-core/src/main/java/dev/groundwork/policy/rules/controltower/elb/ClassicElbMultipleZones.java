package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
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
 * Classic load balancers span at least two Availability Zones or subnets. Mirrors
 * CT.ELASTICLOADBALANCING.PR.7.
 */
public final class ClassicElbMultipleZones implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELB_MULTIPLE_AZ", "CT.ELASTICLOADBALANCING.PR.7",
          "Require any classic load balancer to have multiple Availability Zones configured",
          nist("CP-10"), nist("CP-6(2)"), nist("SC-36"), nist("SC-5(2)"), nist("SI-13(5)"))
      .resourceTypes("AWS::ElasticLoadBalancing::LoadBalancer")
      .rationale("A load balancer in one zone fails with that zone, taking the service down even when "
          + "its targets elsewhere are healthy.")
      .remediation("Give the load balancer subnets (or zones) in at least two Availability Zones.")
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
    JsonNode zones = p.path("AvailabilityZones");
    JsonNode subnets = p.path("Subnets");
    boolean ok = (exists(zones) || exists(subnets))
        && (!exists(zones) || (twoOrMore(zones) && !zones.get(0).equals(zones.get(1))))
        && (!exists(subnets) || twoOrMore(subnets));
    return Evaluation.failIf(!ok, "Properties.AvailabilityZones",
        "the load balancer does not span two zones or subnets");
  }

  private static boolean twoOrMore(JsonNode list) {
    return isNonEmptyList(list) && list.size() >= 2;
  }
}
