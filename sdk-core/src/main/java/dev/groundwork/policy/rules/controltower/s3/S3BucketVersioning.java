package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.cis;
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

/** Buckets have versioning enabled. Mirrors CT.S3.PR.11. */
public final class S3BucketVersioning implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_BUCKET_VERSIONING_ENABLED", "CT.S3.PR.11",
          "Require an Amazon S3 bucket to have versioning enabled",
          cis("2.1.3"), nist("AU-9(2)"), nist("CP-10"), nist("CP-6"), nist("CP-6(1)"),
          nist("CP-6(2)"), nist("CP-9"), nist("SC-5(2)"), nist("SI-12"), nist("SI-13(5)"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("Versioning keeps every version of every object, so an overwrite or delete, by mistake "
          + "or by an attacker, can be undone.")
      .remediation("Set versioned(true) on the bucket.")
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
    return Evaluation.failIf(!isStruct(versioning) || !is(versioning.path("Status"), "Enabled"),
        "Properties.VersioningConfiguration.Status", "versioning is not Enabled");
  }
}
