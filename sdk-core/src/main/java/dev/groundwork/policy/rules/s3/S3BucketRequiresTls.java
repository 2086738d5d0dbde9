package dev.groundwork.policy.rules.s3;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
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
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule S3BucketSSLRequestsOnly (from the AWS Config NIST 800-53 rev 5 conformance pack); AWS Control Tower proactive control definition for S3 SSL-only bucket policies (ComplianceFrameworkMappings)",
          Control.nist("AC-4"), Control.nist("AC-4(22)"), Control.nist("AC-17(2)"), Control.nist("AC-24(1)"), Control.nist("IA-5(1)"), Control.nist("SC-8"), Control.nist("SC-8(1)"), Control.nist("SC-8(2)"), Control.nist("SC-23"), Control.cis("2.1.2"))
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
