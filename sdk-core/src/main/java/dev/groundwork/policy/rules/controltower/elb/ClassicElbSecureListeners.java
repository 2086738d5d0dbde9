package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
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
 * Every listener of a classic load balancer terminates HTTPS or SSL. Mirrors
 * CT.ELASTICLOADBALANCING.PR.9.
 */
public final class ClassicElbSecureListeners implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELB_TLS_HTTPS_LISTENERS_ONLY", "CT.ELASTICLOADBALANCING.PR.9",
          "Require that an AWS ELB application or classic load balancer listener is configured "
          + "with HTTPS or TLS termination",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::ElasticLoadBalancing::LoadBalancer")
      .rationale("A plain HTTP or TCP listener carries requests, cookies and credentials in clear text.")
      .remediation("Use HTTPS or SSL listeners only (LoadBalancingProtocol.HTTPS or SSL).")
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
    JsonNode listeners = p.path("Listeners");
    return Evaluation.failIf(!isNonEmptyList(listeners) || !allOf(listeners, l -> isOneOf(l.path("Protocol"), SECURE)),
        "Properties.Listeners", "a listener is neither HTTPS nor SSL");
  }

  private static final Set<String> SECURE = ImmutableSet.of("HTTPS", "SSL");
}
