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

/** Distributions name a default root object. Mirrors CT.CLOUDFRONT.PR.1. */
public final class CloudFrontDefaultRootObject implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_DEFAULT_ROOT_OBJECT_CONFIGURED", "CT.CLOUDFRONT.PR.1",
          "Require an Amazon CloudFront distribution to have a default root object configured",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(4)"), nist("SC-8"),
          nist("SC-8(1)"), nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("Without a default root object, a request for the distribution's root goes to the "
          + "origin as is, which for an S3 origin can list the bucket or expose an unintended "
          + "object.")
      .remediation("Set defaultRootObject(\"index.html\") on the distribution.")
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
    return Evaluation.failIf(!isStruct(config) || !isNonEmptyString(config.path("DefaultRootObject")),
        "Properties.DistributionConfig.DefaultRootObject", "no default root object");
  }
}
