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

/** Distributions reach custom origins over HTTPS. Mirrors CT.CLOUDFRONT.PR.8. */
public final class CloudFrontCustomOriginEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_TRAFFIC_TO_ORIGIN_ENCRYPTED", "CT.CLOUDFRONT.PR.8",
          "Require an Amazon CloudFront distribution to encrypt traffic to custom origins",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("Traffic between CloudFront and a custom origin crosses the internet; http-only, or "
          + "match-viewer with viewers allowed on HTTP, sends it in clear text.")
      .remediation("Set the custom origin's protocolPolicy to OriginProtocolPolicy.HTTPS_ONLY (or "
          + "MATCH_VIEWER with every behaviour redirecting viewers to HTTPS).")
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
    JsonNode config = p.path("DistributionConfig");
    boolean viewersOnHttps = isStruct(config) && CloudFrontDistributions.everyCacheBehavior(config,
        b -> exists(b.path("ViewerProtocolPolicy")) && !is(b.path("ViewerProtocolPolicy"), "allow-all"));
    return CloudFrontDistributions.origins(p, "CustomOrigin", o -> isStruct(o.path("CustomOriginConfig")), (origin, at) -> {
      JsonNode policy = origin.path("CustomOriginConfig").path("OriginProtocolPolicy");
      boolean encrypted = !is(policy, "http-only")
          && (is(policy, "https-only") || (is(policy, "match-viewer") && viewersOnHttps));
      return Evaluation.failIf(!encrypted, at + ".CustomOriginConfig.OriginProtocolPolicy",
          "traffic to the origin may be unencrypted");
    });
  }
}
