package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Buckets have an enabled lifecycle rule. Mirrors CT.S3.PR.6. */
public final class S3BucketLifecycle implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_LIFECYCLE_POLICY", "CT.S3.PR.6",
          "Require an Amazon S3 bucket to have lifecycle policies configured",
          nist("AU-9(2)"), nist("CP-10"), nist("CP-6(2)"), nist("CP-9"), nist("SC-5(2)"),
          nist("SI-13(5)"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("A lifecycle rule expires or transitions objects by age, so data is not kept longer "
          + "than needed and storage cost does not grow unbounded.")
      .remediation("Add a lifecycle rule with addLifecycleRule(...) (enabled by default).")
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
    return S3BucketLifecycleRules.enabledRule(p);
  }
}
