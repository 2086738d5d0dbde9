package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.Set;

/**
 * Application and network load balancers write access logs to S3. Mirrors
 * CT.ELASTICLOADBALANCING.PR.6.
 */
public final class ElbV2AccessLogs implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELBV2_LOGGING_ENABLED", "CT.ELASTICLOADBALANCING.PR.6",
          "Require that application and network load balancer access logging is activated",
          nist("AC-4(26)"), nist("AU-10"), nist("AU-12"), nist("AU-2"), nist("AU-3"),
          nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"), nist("SC-7(9)"), nist("SI-7(8)"))
      .resourceTypes("AWS::ElasticLoadBalancingV2::LoadBalancer")
      .rationale("Access logs record every request with its client, path, status and timing; they are "
          + "the record of who reached the service when something went wrong.")
      .remediation("Call logAccessLogs(bucket) on the load balancer (Groundwork's HTTPS load balancer "
          + "does).")
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
    if (!isOneOf(p.path("Type"), TYPES)) {
      return Evaluation.notApplicable();
    }
    JsonNode attributes = p.path("LoadBalancerAttributes");
    boolean logs = LoadBalancerAttributes.isOn(attributes, "access_logs.s3.enabled")
        && LoadBalancerAttributes.has(attributes, "access_logs.s3.bucket",
            v -> isNameOrLocalReference(ctx.template(), v, "AWS::S3::Bucket"));
    return Evaluation.failIf(!logs, "Properties.LoadBalancerAttributes",
        "access logs are not enabled with a bucket");
  }

  private static final Set<String> TYPES = ImmutableSet.of("application", "network");
}
