package dev.groundwork.policy.rules.controltower.acm;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Certificates issued by a private CA name no wildcard domains. Mirrors CT.ACM.PR.1. */
public final class AcmPrivateCertificateNoWildcard implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ACM_CERTIFICATE_DOMAIN_NAME", "CT.ACM.PR.1",
          "Require an AWS Private CA certificate to have a single domain name")
      .resourceTypes("AWS::CertificateManager::Certificate")
      .rationale("A wildcard certificate is valid for every host of a domain, so one leaked private key "
          + "lets an attacker impersonate all of them.")
      .remediation("Request a private certificate per host name (domainName and subjectAlternativeNames "
          + "without *.).")
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
    if (!exists(p.path("CertificateAuthorityArn"))) {
      return Evaluation.notApplicable();
    }
    JsonNode names = p.path("SubjectAlternativeNames");
    boolean ok = isSingleHost(p.path("DomainName")) && (!isNonEmptyList(names) || allOf(names, n -> isSingleHost(n)));
    return Evaluation.failIf(!ok, "Properties.DomainName", "the certificate names a wildcard domain");
  }

  private static boolean isSingleHost(JsonNode name) {
    return name.isTextual() && !name.textValue().startsWith("*.");
  }
}
