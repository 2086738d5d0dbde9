package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.eachOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
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
 * Application load balancers keep desync mitigation defensive or strictest. Mirrors
 * CT.ELASTICLOADBALANCING.PR.3.
 */
public final class AlbDesyncMitigation implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ALB_DESYNC_MODE", "CT.ELASTICLOADBALANCING.PR.3",
          "Require any application load balancer to have defensive or strictest desync mitigation "
          + "mode activated",
          nist("AC-4(21)"), nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::ElasticLoadBalancingV2::LoadBalancer")
      .rationale("HTTP desync (request smuggling) lets an attacker slip a request past the load "
          + "balancer's view of the stream; monitor mode lets such requests through.")
      .remediation("Leave routing.http.desync_mitigation_mode unset (defensive) or set it to strictest.")
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
    if (!is(p.path("Type"), "application")) {
      return Evaluation.notApplicable();
    }
    JsonNode attributes = p.path("LoadBalancerAttributes");
    if (!exists(attributes)) {
      return Evaluation.compliant();
    }
    boolean ok = attributes.isArray() && eachOf(attributes, a -> !(exists(a.path("Key"))
        && is(a.path("Key"), "routing.http.desync_mitigation_mode")) || isOneOf(a.path("Value"), MODES));
    return Evaluation.failIf(!ok, "Properties.LoadBalancerAttributes",
        "desync mitigation is not defensive or strictest");
  }

  private static final Set<String> MODES = ImmutableSet.of("defensive", "strictest");
}
