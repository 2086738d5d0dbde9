package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Load balancers have deletion protection on. Mirrors CT.ELASTICLOADBALANCING.PR.5. */
public final class ElbV2DeletionProtection implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ELBV2_DELETION_PROTECTION_ENABLED", "CT.ELASTICLOADBALANCING.PR.5",
          "Require that application load balancer deletion protection is activated",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"), nist("CM-3"), nist("SC-5(2)"))
      .resourceTypes("AWS::ElasticLoadBalancingV2::LoadBalancer")
      .rationale("Deleting a production load balancer takes the service offline and changes its DNS "
          + "name; deletion protection makes that a deliberate two-step act.")
      .remediation("Set deletionProtection(true) on the load balancer.")
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
    return Evaluation.failIf(!LoadBalancerAttributes.isOn(p.path("LoadBalancerAttributes"), "deletion_protection.enabled"),
        "Properties.LoadBalancerAttributes", "deletion protection is not enabled");
  }
}
