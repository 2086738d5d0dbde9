package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Buckets do not manage access with a canned ACL. Mirrors CT.S3.PR.5. */
public final class S3BucketNoAcl implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_BUCKET_ACL_PROHIBITED", "CT.S3.PR.5",
          "Require that an Amazon S3 bucket does not manage user access with an access control "
          + "list (ACL)",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-6"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("ACLs are a second, legacy access model beside IAM and bucket policies; a canned ACL "
          + "such as public-read grants access that no policy shows. AWS recommends turning ACLs "
          + "off and using policies alone.")
      .remediation("Remove accessControl(...) from the bucket and grant access with bucket policies or "
          + "grant* methods; use objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED).")
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
    return Evaluation.failIf(exists(p.path("AccessControl")), "Properties.AccessControl",
        "AccessControl is set");
  }
}
