package dev.groundwork.policy.rules.elb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Production load balancers refuse deletion. */
public final class ElbDeletionProtectionEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ELB_DELETION_PROTECTION_ENABLED")
      .title("Load balancers in PROD have deletion protection")
      .severity(Severity.ERROR)
      .resourceTypes(LoadBalancers.LOAD_BALANCER)
      .rationale("Deleting a production load balancer takes the service down and loses its "
          + "DNS name, which clients and DNS records point at.")
      .remediation("Set deletionProtection(true) on the load balancer in PROD environments.")
      .controls("AWS Security Hub CSPM control reference, control ELB.6",
          Control.nist("CA-9(1)"), Control.nist("CM-2"), Control.nist("CM-2(2)"),
          Control.nist("CM-3"), Control.nist("SC-5(2)"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (ctx.tier() != Tier.PROD) {
      return Evaluation.notApplicable();
    }
    JsonNode value = LoadBalancers.attribute(ctx.resource(), "deletion_protection.enabled");
    if (value != null && Intrinsics.isIntrinsic(value)) {
      return Evaluation.unknown("Properties.LoadBalancerAttributes");
    }
    if (LoadBalancers.isTrue(value)) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.LoadBalancerAttributes",
        "deletion_protection.enabled is " + (value == null ? "not set" : value.asText())
            + " in PROD");
  }
}
