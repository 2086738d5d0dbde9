package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Distributions serve a custom TLS certificate from ACM or IAM. Mirrors CT.CLOUDFRONT.PR.6. */
public final class CloudFrontCustomCertificate implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_CUSTOM_SSL_CERTIFICATE", "CT.CLOUDFRONT.PR.6",
          "Require an Amazon CloudFront distribution to use custom SSL/TLS certificates",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("The default *.cloudfront.net certificate ties viewers to CloudFront's domain and its "
          + "TLS settings; a custom certificate serves your own domain with a security policy you "
          + "choose.")
      .remediation("Set certificate(acmCertificate) and domainNames on the distribution, with a "
          + "minimumProtocolVersion and sslSupportMethod.")
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
    JsonNode certificate = p.path("DistributionConfig").path("ViewerCertificate");
    return Evaluation.failIf(!isStruct(p.path("DistributionConfig"))
            || !CloudFrontDistributions.customCertificate(ctx.template(), certificate)
            || !isNonEmptyString(certificate.path("MinimumProtocolVersion"))
            || !isNonEmptyString(certificate.path("SslSupportMethod")),
        "Properties.DistributionConfig.ViewerCertificate",
            "the distribution does not serve a custom certificate");
  }
}
