package dev.groundwork.policy.rules.elb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** HTTP listeners do nothing but redirect to HTTPS. */
public final class ElbListenerRequiresHttps implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ELB_LISTENER_HTTPS_REQUIRED")
      .title("Load balancer listeners serve HTTPS; HTTP listeners only redirect to HTTPS")
      .severity(Severity.ERROR)
      .resourceTypes(LoadBalancers.LISTENER)
      .rationale("Traffic served over plain HTTP can be read and changed by anyone on the "
          + "path; a redirect-only HTTP listener keeps old links working without that risk.")
      .remediation("Listen on 443 with a certificate (protocol HTTPS); for port 80 use "
          + "loadBalancer.addRedirect() or ListenerAction.redirect(protocol HTTPS, port 443).")
      .controls("AWS Security Hub CSPM control reference, control ELB.1; AWS Control Tower control reference, CT.ELASTICLOADBALANCING.PR.1",
          ComplianceSources.DATA_IN_TRANSIT, Control.controlTower("CT.ELASTICLOADBALANCING.PR.1"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode protocol = ctx.resource().property("Protocol");
    if (Intrinsics.isIntrinsic(protocol)) {
      return Evaluation.unknown("Properties.Protocol");
    }
    if (!"HTTP".equals(protocol.asText())) {
      return Evaluation.notApplicable();
    }
    JsonNode actions = ctx.resource().property("DefaultActions");
    if (LoadBalancers.onlyRedirectsToHttps(actions)) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.DefaultActions", "HTTP listener on port "
            + ctx.resource().property("Port").asText("?") + " serves traffic instead of "
            + "redirecting to HTTPS (default action type "
            + LoadBalancers.firstActionType(actions) + ")");
  }
}
