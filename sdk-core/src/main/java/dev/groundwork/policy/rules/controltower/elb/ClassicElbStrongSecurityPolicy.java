package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * HTTPS and SSL listeners of classic load balancers use the predefined policy ELBSecurityPolicy-
 * TLS-1-2-2017-01. Mirrors CT.ELASTICLOADBALANCING.PR.12.
 */
public final class ClassicElbStrongSecurityPolicy implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELB_PREDEFINED_SECURITY_POLICY_SSL", "CT.ELASTICLOADBALANCING.PR.12",
          "Require any ELB classic load balancer SSL/HTTPS listener to have a predefined security "
          + "policy with a strong configuration",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::ElasticLoadBalancing::LoadBalancer")
      .rationale("Older predefined policies accept TLS 1.0 and 1.1 and weak ciphers; the TLS 1.2 policy "
          + "rules them out.")
      .remediation("Define an SSLNegotiationPolicyType policy whose Reference-Security-Policy is "
          + "ELBSecurityPolicy-TLS-1-2-2017-01 and name it in every secure listener's policyNames.")
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
    List<String> strong = new ArrayList<>();
    JsonNode policies = p.path("Policies");
    if (policies.isArray()) {
      for (JsonNode policy : policies) {
        if (is(policy.path("PolicyType"), "SSLNegotiationPolicyType") && anyOf(policy.path("Attributes"),
            a -> is(a.path("Name"), "Reference-Security-Policy") && is(a.path("Value"), "ELBSecurityPolicy-TLS-1-2-2017-01"))
            && policy.path("PolicyName").isTextual()) {
          strong.add(policy.path("PolicyName").textValue());
        }
      }
    }
    List<Evaluation> parts = new ArrayList<>();
    JsonNode listeners = p.path("Listeners");
    for (int i = 0; listeners.isArray() && i < listeners.size(); i++) {
      JsonNode listener = listeners.get(i);
      if (isOneOf(listener.path("Protocol"), SECURE)) {
        JsonNode names = listener.path("PolicyNames");
        parts.add(Evaluation.failIf(!isNonEmptyList(policies) || strong.isEmpty() || !isNonEmptyList(names)
                || !anyOf(names, n -> n.isTextual() && strong.contains(n.textValue())),
            "Properties.Listeners[" + i + "].PolicyNames",
                "the listener does not use ELBSecurityPolicy-TLS-1-2-2017-01"));
      }
    }
    return combine(parts);
  }

  private static final Set<String> SECURE = ImmutableSet.of("HTTPS", "SSL");
}
