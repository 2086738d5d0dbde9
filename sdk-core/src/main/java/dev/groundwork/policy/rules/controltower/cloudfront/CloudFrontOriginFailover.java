package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Distributions have origin groups that fail over between two origins. Mirrors CT.CLOUDFRONT.PR.4.
 */
public final class CloudFrontOriginFailover implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_ORIGIN_FAILOVER_ENABLED", "CT.CLOUDFRONT.PR.4",
          "Require an Amazon CloudFront distribution to have origin failover configured",
          nist("CP-10"), nist("SC-36"), nist("SC-5(2)"), nist("SI-13(5)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("With one origin, its outage is the distribution's outage; an origin group retries a "
          + "second origin when the first fails.")
      .remediation("Use an OriginGroup with a primary and a fallback origin for the distribution's "
          + "behaviours.")
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
    JsonNode groups = p.path("DistributionConfig").path("OriginGroups");
    JsonNode items = groups.path("Items");
    boolean failover = isStruct(p.path("DistributionConfig")) && isStruct(groups)
        && groups.path("Quantity").isNumber() && groups.path("Quantity").intValue() >= 1
        && isNonEmptyList(items) && allOf(items, g -> isStruct(g.path("Members"))
            && g.path("Members").path("Quantity").isIntegralNumber() && g.path("Members").path("Quantity").intValue() == 2);
    return Evaluation.failIf(!failover, "Properties.DistributionConfig.OriginGroups",
        "no origin group fails over between two origins");
  }
}
