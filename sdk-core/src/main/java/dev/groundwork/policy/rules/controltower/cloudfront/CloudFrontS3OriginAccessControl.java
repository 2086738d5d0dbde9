package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.regex.Pattern;

/** S3 origins of a distribution use origin access control. Mirrors CT.CLOUDFRONT.PR.10. */
public final class CloudFrontS3OriginAccessControl implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CLOUDFRONT_ORIGIN_ACCESS_CONTROL_ENABLED", "CT.CLOUDFRONT.PR.10",
          "Require any Amazon CloudFront distributions with Amazon S3 backed origins to have "
          + "origin access control configured",
          nist("SC-7(11)"))
      .resourceTypes("AWS::CloudFront::Distribution")
      .rationale("With origin access control the bucket can stay private and accept only signed requests "
          + "from this distribution; without it the bucket must be readable some other way.")
      .remediation("Use S3BucketOrigin.withOriginAccessControl(bucket) for S3 origins (not the legacy "
          + "S3Origin property or origin access identities).")
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
    return CloudFrontDistributions.origins(p, "S3Origin", origin -> isS3(ctx, origin.path("DomainName")), (origin, at) ->
        Evaluation.failIf(!isNameOrLocalReference(ctx.template(), origin.path("OriginAccessControlId"),
            "AWS::CloudFront::OriginAccessControl"), at + ".OriginAccessControlId", "the S3 origin has no origin access control"));
  }

  private static final Pattern S3_DOMAIN =
      Pattern.compile("(.*)\\.s3(-external-\\d|[-\\.][a-z]*-[a-z]*-[0-9])?\\.amazonaws\\.com(\\.cn)?$");

  private static boolean isS3(RuleContext ctx, JsonNode domain) {
    if (domain.isTextual()) {
      return S3_DOMAIN.matcher(domain.textValue()).find();
    }
    JsonNode getAtt = domain.path("Fn::GetAtt");
    return isNonEmptyList(getAtt)
        && (is(getAtt.path(1), "DomainName") || is(getAtt.path(1), "RegionalDomainName"))
        && isLocalReference(ctx.template(), domain, "AWS::S3::Bucket");
  }
}
