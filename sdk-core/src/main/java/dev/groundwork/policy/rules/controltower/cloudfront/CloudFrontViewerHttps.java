package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.Control.nist;
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
 * Every cache behaviour of a distribution requires HTTPS from viewers (https-only or redirect-to-
 * https). Mirrors CT.CLOUDFRONT.PR.3.
 */
public final class CloudFrontViewerHttps implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_VIEWER_POLICY_HTTPS", "CT.CLOUDFRONT.PR.3",
          "Require an Amazon CloudFront distribution to have encryption in transit configured",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("A behaviour that allows HTTP serves content, cookies and tokens to viewers in clear "
          + "text.")
      .remediation("Set viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS) (or HTTPS_ONLY) on "
          + "the default and every additional behaviour.")
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
    return Evaluation.failIf(!isStruct(config) || !CloudFrontDistributions.everyCacheBehavior(config,
            b -> isOneOf(b.path("ViewerProtocolPolicy"), HTTPS)),
        "Properties.DistributionConfig", "a cache behaviour allows HTTP viewers");
  }

  private static final Set<String> HTTPS = ImmutableSet.of("https-only", "redirect-to-https");
}
