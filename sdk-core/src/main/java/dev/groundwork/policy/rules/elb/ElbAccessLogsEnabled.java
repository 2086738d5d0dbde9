package dev.groundwork.policy.rules.elb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** Load balancers (ELBv2 and Classic) write access logs. */
public final class ElbAccessLogsEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ELB_ACCESS_LOGS_ENABLED")
      .title("Load balancers write access logs")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes(LoadBalancers.LOAD_BALANCER, LoadBalancers.CLASSIC)
      .rationale("Access logs record every request (client, path, status, latency); they are "
          + "needed to investigate abuse and errors. Application, Network and Classic Load "
          + "Balancers all write none unless told to.")
      .remediation("Call loadBalancer.logAccessLogs(bucket, prefix) (LoadBalancerAttributes "
          + "access_logs.s3.enabled true); on a Classic Load Balancer set AccessLoggingPolicy with "
          + "Enabled true and an S3 bucket.")
      .controls("AWS Security Hub CSPM control reference, control ELB.5",
          ComplianceSources.ACTIVITY_LOGGING)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (ctx.resource().type().equals(LoadBalancers.CLASSIC)) {
      JsonNode enabled = ctx.resource().property("AccessLoggingPolicy").path("Enabled");
      if (Intrinsics.isIntrinsic(ctx.resource().property("AccessLoggingPolicy")) || Intrinsics.isIntrinsic(enabled)) {
        return Evaluation.unknown("Properties.AccessLoggingPolicy.Enabled");
      }
      return Evaluation.failIf(!LoadBalancers.isTrue(enabled), "Properties.AccessLoggingPolicy.Enabled",
          () -> "AccessLoggingPolicy.Enabled is " + (enabled.isMissingNode() ? "not set" : enabled.asText()));
    }
    if (LoadBalancers.isGateway(ctx.resource())) {
      return Evaluation.notApplicable();
    }
    JsonNode value = LoadBalancers.attribute(ctx.resource(), "access_logs.s3.enabled");
    if (value != null && Intrinsics.isIntrinsic(value)) {
      return Evaluation.unknown("Properties.LoadBalancerAttributes");
    }
    if (LoadBalancers.isTrue(value)) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.LoadBalancerAttributes",
        "access_logs.s3.enabled is " + (value == null ? "not set" : value.asText()));
  }
}
