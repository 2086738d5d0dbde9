package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
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
import java.util.Set;

/**
 * HTTPS and TLS listeners, and listener certificates, use certificates from AWS Certificate
 * Manager. Mirrors CT.ELASTICLOADBALANCING.PR.2.
 */
public final class ElbV2AcmCertificate implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELBV2_ACM_CERTIFICATE_REQUIRED", "CT.ELASTICLOADBALANCING.PR.2",
          "Require any Amazon ELB application or network load balancer to have an AWS Certificate "
          + "Manager certificate",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-23(5)"), nist("SC-7(4)"), nist("SC-8"),
          nist("SC-8(1)"), nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::ListenerCertificate")
      .rationale("ACM certificates renew automatically and their private keys never leave AWS; imported "
          + "or IAM certificates expire and their keys live wherever they were made.")
      .remediation("Use Certificate or a certificate ARN from ACM "
          + "(ListenerCertificate.fromCertificateManager(...)) on every HTTPS or TLS listener.")
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
    boolean listener = ctx.resource().type().equals("AWS::ElasticLoadBalancingV2::Listener");
    JsonNode certificates = p.path("Certificates");
    if (listener ? !isOneOf(p.path("Protocol"), SECURE) : !isNonEmptyList(certificates)) {
      return Evaluation.notApplicable();
    }
    boolean acm = isNonEmptyList(certificates) && allOf(certificates, c -> LoadBalancerAttributes.isAcmArn(c.path("CertificateArn"))
        || isLocalReference(ctx.template(), c.path("CertificateArn"), "AWS::CertificateManager::Certificate"));
    return Evaluation.failIf(!acm, "Properties.Certificates",
        "a certificate is not from AWS Certificate Manager");
  }

  private static final Set<String> SECURE = ImmutableSet.of("HTTPS", "TLS");
}
