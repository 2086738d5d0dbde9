package dev.groundwork.policy.rules.elb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

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
          Control.nist("AC-17(2)"), Control.nist("AC-4"), Control.nist("IA-5(1)"),
          Control.nist("SC-12(3)"), Control.nist("SC-13"), Control.nist("SC-23"),
          Control.nist("SC-23(3)"), Control.nist("SC-7(4)"), Control.nist("SC-8"),
          Control.nist("SC-8(1)"), Control.nist("SC-8(2)"), Control.nist("SI-7(6)"),
          Control.controlTower("CT.ELASTICLOADBALANCING.PR.1"))
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
            + actions.path(0).path("Type").asText("none") + ")");
  }
}
