package dev.groundwork.policy.rules.controltower.autoscaling;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Auto Scaling groups behind a load balancer use its health checks. Mirrors CT.AUTOSCALING.PR.4.
 */
public final class AutoScalingGroupElbHealthChecks implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED", "CT.AUTOSCALING.PR.4",
          "Require an Amazon EC2 Auto Scaling group associated with an AWS Elastic Load Balancer "
          + "(ELB) to have ELB health checks activated",
          nist("CA-7"), nist("CP-2(2)"), nist("SI-2"))
      .resourceTypes("AWS::AutoScaling::AutoScalingGroup")
      .rationale("With EC2 health checks only, an instance whose application has failed but whose host "
          + "is running stays in service and keeps receiving traffic; ELB health checks replace it.")
      .remediation("Set healthCheck(HealthCheck.elb(...)) on a group attached to load balancers or target "
          + "groups.")
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
    if (!isNonEmptyList(p.path("LoadBalancerNames")) && !isNonEmptyList(p.path("TargetGroupARNs"))) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!is(p.path("HealthCheckType"), "ELB"), "Properties.HealthCheckType",
        "the group does not use ELB health checks");
  }
}
