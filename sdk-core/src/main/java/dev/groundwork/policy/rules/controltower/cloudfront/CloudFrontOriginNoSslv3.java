package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
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

/** Distributions do not offer SSLv3 to custom origins. Mirrors CT.CLOUDFRONT.PR.11. */
public final class CloudFrontOriginNoSslv3 implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_NO_DEPRECATED_SSL_PROTOCOLS", "CT.CLOUDFRONT.PR.11",
          "Require an Amazon CloudFront distribution to use updated SSL protocols between edge "
          + "locations and custom origins",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"), nist("SC-8(2)"),
          nist("SI-7(6)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("SSLv3 is broken (POODLE); a distribution that may negotiate it with an origin exposes "
          + "that traffic.")
      .remediation("Set the custom origin's originSslProtocols to TLS versions only (e.g. "
          + "[OriginSslPolicy.TLS_V1_2]).")
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
    return CloudFrontDistributions.origins(p, "CustomOrigin", CloudFrontOriginNoSslv3::usesTls, (origin, at) -> {
      JsonNode protocols = origin.path("CustomOriginConfig").path("OriginSSLProtocols");
      return Evaluation.failIf(!isNonEmptyList(protocols) || anyOf(protocols, v -> is(v, "SSLv3")),
          at + ".CustomOriginConfig.OriginSSLProtocols", "the origin SSL protocols are missing or include SSLv3");
    });
  }

  /** A custom origin that may be reached over TLS (its protocol policy is not http-only). */
  private static boolean usesTls(JsonNode origin) {
    JsonNode config = origin.path("CustomOriginConfig");
    return isStruct(config) && exists(config.path("OriginProtocolPolicy"))
        && !is(config.path("OriginProtocolPolicy"), "http-only");
  }
}
