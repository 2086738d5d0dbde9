package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Buckets write server access logs. Mirrors CT.S3.PR.2. */
public final class S3BucketServerAccessLogging implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_BUCKET_LOGGING_ENABLED", "CT.S3.PR.2",
          "Require an Amazon S3 bucket to have server access logging configured",
          cis("3.6"), nist("AC-2(4)"), nist("AC-4(26)"), nist("AC-6(9)"), nist("AU-10"),
          nist("AU-12"), nist("AU-2"), nist("AU-3"), nist("AU-6(3)"), nist("AU-6(4)"),
          nist("CA-7"), nist("SC-7(9)"), nist("SI-3(8)"), nist("SI-4(20)"), nist("SI-7(8)"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("Server access logs record every request made to a bucket, who made it and from where; "
          + "without them an investigation cannot tell which objects were read or changed.")
      .remediation("Set serverAccessLogsBucket(logBucket) on the bucket (CfnBucket: loggingConfiguration "
          + "with a destinationBucketName).")
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
    JsonNode logging = p.path("LoggingConfiguration");
    if (!isStruct(logging)) {
      return Evaluation.nonCompliant("Properties.LoggingConfiguration", "LoggingConfiguration is not set");
    }
    JsonNode destination = logging.path("DestinationBucketName");
    return Evaluation.failIf(exists(destination)
            && !isNameOrLocalReference(ctx.template(), destination, "AWS::S3::Bucket"),
        "Properties.LoggingConfiguration.DestinationBucketName",
        "DestinationBucketName is neither a bucket name nor a reference to a bucket of this template");
  }
}
