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

/**
 * Application load balancers drop invalid HTTP header fields. Mirrors CT.ELASTICLOADBALANCING.PR.4.
 */
public final class AlbDropsInvalidHeaders implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ALB_HTTP_DROP_INVALID_HEADER_ENABLED", "CT.ELASTICLOADBALANCING.PR.4",
          "Require that any application load balancer must be configured to drop HTTP headers",
          nist("SC-7(4)"), nist("SC-8(2)"))
      .resourceTypes("AWS::ElasticLoadBalancingV2::LoadBalancer")
      .rationale("Headers with invalid characters are a common vehicle for request smuggling and header "
          + "injection against the targets behind the load balancer.")
      .remediation("Set the attribute routing.http.drop_invalid_header_fields.enabled to true "
          + "(dropInvalidHeaderFields(true)).")
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
    return Evaluation.failIf(!LoadBalancerAttributes.isOn(p.path("LoadBalancerAttributes"), "routing.http.drop_invalid_header_fields.enabled"),
        "Properties.LoadBalancerAttributes", "invalid header fields are not dropped");
  }
}
