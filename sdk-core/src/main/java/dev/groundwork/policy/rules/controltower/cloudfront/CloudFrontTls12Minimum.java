package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
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
 * Distributions with a custom certificate accept TLS 1.2 or later only. Mirrors CT.CLOUDFRONT.PR.9.
 */
public final class CloudFrontTls12Minimum implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_SECURITY_POLICY", "CT.CLOUDFRONT.PR.9",
          "Require an Amazon CloudFront distribution to have a security policy of TLSv1.2 as a "
          + "minimum",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("SSLv3, TLS 1.0 and TLS 1.1 have known weaknesses; a minimum protocol version of "
          + "TLSv1.2_2018 or later rules them out for viewers.")
      .remediation("Set minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021) on the distribution.")
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
    JsonNode byDefault = certificate.path("CloudFrontDefaultCertificate");
    JsonNode minimum = certificate.path("MinimumProtocolVersion");
    return Evaluation.failIf(!isStruct(p.path("DistributionConfig")) || !isStruct(certificate)
            || (exists(byDefault) && !isFalse(byDefault))
            || !isNonEmptyString(minimum) || isOneOf(minimum, OLD),
        "Properties.DistributionConfig.ViewerCertificate.MinimumProtocolVersion",
            "the minimum protocol version is older than TLS 1.2");
  }

  private static final Set<String> OLD = ImmutableSet.of("SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016");
}
