package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.eachOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
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
 * Target groups do not turn cross-zone load balancing off. Mirrors CT.ELASTICLOADBALANCING.PR.15.
 */
public final class ElbV2TargetGroupCrossZone implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELBV2_TARGET_GROUP_CROSS_ZONE", "CT.ELASTICLOADBALANCING.PR.15",
          "Require that an Elastic Load Balancing v2 target group does not explicitly disable "
          + "cross-zone load balancing",
          nist("CP-10"), nist("CP-6(2)"), nist("SC-36"), nist("SC-5(2)"), nist("SI-13(5)"))
      .resourceTypes("AWS::ElasticLoadBalancingV2::TargetGroup")
      .rationale("A target group that turns cross-zone balancing off sends each zone's traffic only to "
          + "that zone's targets, overloading them when zones are uneven.")
      .remediation("Leave load_balancing.cross_zone.enabled unset, true or use_load_balancer_configuration "
          + "on the target group.")
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
    JsonNode attributes = p.path("TargetGroupAttributes");
    if (!exists(attributes)) {
      return Evaluation.compliant();
    }
    boolean ok = attributes.isArray() && eachOf(attributes, a -> !(exists(a.path("Key"))
        && is(a.path("Key"), "load_balancing.cross_zone.enabled"))
        || isTrue(a.path("Value")) || isOneOf(a.path("Value"), ALLOWED));
    return Evaluation.failIf(!ok, "Properties.TargetGroupAttributes",
        "cross-zone load balancing is turned off");
  }

  private static final Set<String> ALLOWED = ImmutableSet.of("true", "use_load_balancer_configuration");
}
