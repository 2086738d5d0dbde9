package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isLocalReference;
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
 * HTTPS and SSL listeners of classic load balancers use certificates from AWS Certificate Manager.
 * Mirrors CT.ELASTICLOADBALANCING.PR.8.
 */
public final class ClassicElbAcmCertificate implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELB_ACM_CERTIFICATE_REQUIRED", "CT.ELASTICLOADBALANCING.PR.8",
          "Require any classic load balancer SSL/HTTPS listener to have a certificate provided by "
          + "AWS Certificate Manager",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(5)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::ElasticLoadBalancing::LoadBalancer")
      .rationale("ACM certificates renew automatically and their private keys never leave AWS; imported "
          + "or IAM certificates expire and their keys live wherever they were made.")
      .remediation("Give every HTTPS or SSL listener an ACM certificate ARN (sslCertificateArn).")
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
    if (!isNonEmptyList(listeners)) {
      return Evaluation.notApplicable();
    }
    List<Evaluation> parts = new ArrayList<>();
    for (int i = 0; i < listeners.size(); i++) {
      JsonNode listener = listeners.get(i);
      if (isOneOf(listener.path("Protocol"), SECURE)) {
        JsonNode certificate = listener.path("SSLCertificateId");
        parts.add(Evaluation.failIf(!LoadBalancerAttributes.isAcmArn(certificate)
                && !isLocalReference(ctx.template(), certificate, "AWS::CertificateManager::Certificate"),
            "Properties.Listeners[" + i + "].SSLCertificateId",
                "the certificate is not from AWS Certificate Manager"));
      }
    }
    return combine(parts);
  }

  private static final Set<String> SECURE = ImmutableSet.of("HTTPS", "SSL");
}
