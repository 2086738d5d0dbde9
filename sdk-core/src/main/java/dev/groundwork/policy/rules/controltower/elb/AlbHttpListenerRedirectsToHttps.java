package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** HTTP listeners only redirect to HTTPS. Mirrors CT.ELASTICLOADBALANCING.PR.1. */
public final class AlbHttpListenerRedirectsToHttps implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ALB_HTTP_TO_HTTPS_REDIRECTION", "CT.ELASTICLOADBALANCING.PR.1",
          "Require any application load balancer listener default actions to redirect all HTTP "
          + "requests to HTTPS",
          nist("AC-17(2)"), nist("AC-4"), nist("AC-4(26)"), nist("AU-10"), nist("AU-12"),
          nist("AU-2"), nist("AU-3"), nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"),
          nist("CA-9(1)"), nist("CM-2"), nist("CP-10"), nist("CP-6(2)"), nist("IA-5(1)"),
          nist("SC-12(3)"), nist("SC-13"), nist("SC-23"), nist("SC-23(3)"), nist("SC-36"),
          nist("SC-5(2)"), nist("SC-7(4)"), nist("SC-7(9)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-13(5)"), nist("SI-7(6)"), nist("SI-7(8)"))
      .resourceTypes("AWS::ElasticLoadBalancingV2::Listener")
      .rationale("An HTTP listener that forwards requests serves the application in clear text; one that "
          + "redirects every request to HTTPS never does.")
      .remediation("Give HTTP listeners a redirect default action to HTTPS (addRedirect(), or "
          + "ListenerAction.redirect({protocol: \"HTTPS\"})).")
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
    if (!is(p.path("Protocol"), "HTTP")) {
      return Evaluation.notApplicable();
    }
    JsonNode actions = p.path("DefaultActions");
    boolean redirects = isNonEmptyList(actions) && allOf(actions, a -> is(a.path("Type"), "redirect")
        && isStruct(a.path("RedirectConfig")) && is(a.path("RedirectConfig").path("Protocol"), "HTTPS"));
    return Evaluation.failIf(!redirects, "Properties.DefaultActions",
        "a default action does not redirect to HTTPS");
  }
}
