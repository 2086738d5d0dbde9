package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Classic load balancers write access logs to S3. Mirrors CT.ELASTICLOADBALANCING.PR.10. */
public final class ClassicElbAccessLogs implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELB_LOGGING_ENABLED", "CT.ELASTICLOADBALANCING.PR.10",
          "Require an ELB application or classic load balancer to have logging activated",
          nist("AC-4(26)"), nist("AU-10"), nist("AU-12"), nist("AU-2"), nist("AU-3"),
          nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"), nist("SC-7(9)"), nist("SI-7(8)"))
      .resourceTypes("AWS::ElasticLoadBalancing::LoadBalancer")
      .rationale("Access logs record every request with its client, path, status and timing; they are "
          + "the record of who reached the service when something went wrong.")
      .remediation("Set accessLoggingPolicy with enabled true and an S3 bucket on the load balancer.")
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
    JsonNode policy = p.path("AccessLoggingPolicy");
    return Evaluation.failIf(!isStruct(policy) || !isTrue(policy.path("Enabled"))
            || !isNameOrLocalReference(ctx.template(), policy.path("S3BucketName"), "AWS::S3::Bucket"),
        "Properties.AccessLoggingPolicy", "access logging is not enabled with a bucket");
  }
}
