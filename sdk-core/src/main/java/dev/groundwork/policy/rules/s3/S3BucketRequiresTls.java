package dev.groundwork.policy.rules.s3;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import dev.groundwork.policy.rules.internal.PolicyDocuments;

/** Buckets have a bucket policy denying requests without TLS. */
public final class S3BucketRequiresTls implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_S3_BUCKET_TLS_REQUIRED")
      .title("S3 buckets deny requests made without TLS")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::S3::Bucket")
      .rationale("S3 accepts plain HTTP unless a bucket policy denies it; data and credentials "
          + "in transit must be encrypted.")
      .remediation("Set enforceSsl(true) on the bucket, which adds an AWS::S3::BucketPolicy "
          + "denying s3:* when aws:SecureTransport is false.")
      .controls("AWS Security Hub CSPM control reference, control S3.5",
          ComplianceSources.DATA_IN_TRANSIT, Control.pci("4.2.1"), Control.cis("2.1.2"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return PolicyDocuments.requireTlsOnlyPolicy(ctx, "AWS::S3::BucketPolicy", "Bucket", "bucket");
  }
}
