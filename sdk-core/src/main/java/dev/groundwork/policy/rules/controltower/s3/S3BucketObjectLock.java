package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Buckets have S3 Object Lock turned on. Mirrors CT.S3.PR.9. */
public final class S3BucketObjectLock implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_BUCKET_OBJECT_LOCK_ENABLED", "CT.S3.PR.9",
          "Require that an Amazon S3 bucket has S3 Object Lock activated",
          nist("CP-6(2)"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("Object Lock keeps object versions from being deleted or overwritten for a retention "
          + "period (write once, read many), which protects records and backups against ransomware "
          + "and accidental deletion.")
      .remediation("Set objectLockEnabled(true) on the bucket when it is created (it cannot be turned on "
          + "later through CloudFormation); choose a default retention with "
          + "objectLockDefaultRetention(...).")
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
    return Evaluation.failIf(!isTrue(p.path("ObjectLockEnabled")), "Properties.ObjectLockEnabled",
        "ObjectLockEnabled is not true");
  }
}
