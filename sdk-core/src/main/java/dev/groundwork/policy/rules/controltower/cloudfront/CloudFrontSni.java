package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Distributions with a custom certificate serve HTTPS with SNI. Mirrors CT.CLOUDFRONT.PR.7. */
public final class CloudFrontSni implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_SNI_ENABLED", "CT.CLOUDFRONT.PR.7",
          "Require an Amazon CloudFront distribution to use SNI to serve HTTPS requests",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("Dedicated-IP SSL support exists for clients too old to send SNI, costs far more, and "
          + "needs protocols such as SSLv3 that are no longer safe.")
      .remediation("Use SSLMethod.SNI with a custom certificate and a minimum protocol version other than "
          + "SSLv3.")
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
    JsonNode minimum = certificate.path("MinimumProtocolVersion");
    return Evaluation.failIf(!isStruct(p.path("DistributionConfig"))
            || !CloudFrontDistributions.customCertificate(ctx.template(), certificate)
            || !exists(minimum) || is(minimum, "SSLv3")
            || !is(certificate.path("SslSupportMethod"), "sni-only"),
        "Properties.DistributionConfig.ViewerCertificate",
            "the distribution does not serve a custom certificate with SNI");
  }
}
