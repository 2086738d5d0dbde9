package dev.groundwork.policy.rules.s3;

import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/**
 * Buckets write server access logs, except the buckets that receive access logs: S3 server
 * access logs, or a load balancer's access and connection logs (which must go to an SSE-S3
 * bucket that cannot log to itself without a loop).
 */
public final class S3BucketAccessLogsEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_S3_BUCKET_ACCESS_LOGS_ENABLED")
      .title("S3 buckets write server access logs")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes("AWS::S3::Bucket")
      .rationale("Access logs are the audit trail of who read or changed which object; "
          + "incident response needs them.")
      .remediation("Set serverAccessLogsBucket(logBucket) on the bucket. A bucket that itself "
          + "receives S3 or load balancer access logs is exempt.")
      .controls("AWS Security Hub CSPM control reference, control S3.9",
          Control.nist("AC-2(4)"), Control.nist("AC-4(26)"), Control.nist("AC-6(9)"),
          Control.nist("AU-10"), Control.nist("AU-12"), Control.nist("AU-2"),
          Control.nist("AU-3"), Control.nist("AU-6(3)"), Control.nist("AU-6(4)"),
          Control.nist("CA-7"), Control.nist("SC-7(9)"), Control.nist("SI-3(8)"),
          Control.nist("SI-4(20)"), Control.nist("SI-7(8)"), Control.pci("10.2.1"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource bucket = ctx.resource();
    boolean logTarget = "LogDeliveryWrite".equals(bucket.property("AccessControl").asText())
        || !ctx.template().referrers("AWS::S3::Bucket", "LoggingConfiguration",
            bucket.logicalId()).isEmpty()
        || !ctx.template().referrers("AWS::ElasticLoadBalancingV2::LoadBalancer",
            "LoadBalancerAttributes", bucket.logicalId()).isEmpty();
    if (logTarget) {
      return Evaluation.notApplicable();
    }
    if (!bucket.property("LoggingConfiguration").isMissingNode()) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.LoggingConfiguration", "bucket has no LoggingConfiguration");
  }
}
