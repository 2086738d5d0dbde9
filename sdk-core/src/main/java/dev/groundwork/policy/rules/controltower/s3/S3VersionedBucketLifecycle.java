package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Versioned buckets have an enabled lifecycle rule. Mirrors CT.S3.PR.3. */
public final class S3VersionedBucketLifecycle implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_VERSION_LIFECYCLE_POLICY", "CT.S3.PR.3",
          "Require an Amazon S3 buckets to have versioning configured and a lifecycle policy",
          nist("AU-9(2)"), nist("CP-10"), nist("CP-6(2)"), nist("CP-9"), nist("SC-5(2)"),
          nist("SI-13(5)"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("With versioning on, every overwrite and delete keeps the old version; without an "
          + "enabled lifecycle rule those versions pile up forever, at growing cost and with data "
          + "kept longer than its retention allows.")
      .remediation("Add a lifecycle rule (addLifecycleRule(...), e.g. with noncurrentVersionExpiration) to "
          + "every versioned bucket.")
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
    JsonNode versioning = p.path("VersioningConfiguration");
    if (!isStruct(versioning) || !is(versioning.path("Status"), "Enabled")) {
      return Evaluation.notApplicable();
    }
    return S3BucketLifecycleRules.enabledRule(p);
  }
}
