package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Distributions write standard access logs to S3. Mirrors CT.CLOUDFRONT.PR.5. */
public final class CloudFrontAccessLogs implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_ACCESS_LOGS_ENABLED", "CT.CLOUDFRONT.PR.5",
          "Require any Amazon CloudFront distribution to have logging enabled",
          nist("AC-2(4)"), nist("AC-4(26)"), nist("AC-6(9)"), nist("AU-10"), nist("AU-12"),
          nist("AU-2"), nist("AU-3"), nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"),
          nist("SC-7(9)"), nist("SI-3(8)"), nist("SI-4(20)"), nist("SI-7(8)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("Access logs record every viewer request with its client, path, status and edge "
          + "location; they are the record of who fetched what.")
      .remediation("Set enableLogging(true) with a logBucket on the distribution.")
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
    JsonNode logging = p.path("DistributionConfig").path("Logging");
    return Evaluation.failIf(!isStruct(p.path("DistributionConfig")) || !isStruct(logging)
            || !isNameOrLocalReference(ctx.template(), logging.path("Bucket"), "AWS::S3::Bucket"),
        "Properties.DistributionConfig.Logging", "access logging has no bucket");
  }
}
