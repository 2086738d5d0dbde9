package dev.groundwork.policy.rules.elb;

import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.Optional;

/** Listener rules added to an HTTP listener only redirect to HTTPS (follows {@code ListenerArn}). */
public final class ElbHttpListenerRulesRedirectOnly implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_ELB_HTTP_LISTENER_RULES_REDIRECT_ONLY")
      .title("Rules on HTTP listeners only redirect to HTTPS")
      .severity(Severity.ERROR)
      .resourceTypes(LoadBalancers.LISTENER_RULE)
      .rationale("A forward rule on a redirect-only HTTP listener quietly serves that path in "
          + "plain text, undoing the redirect.")
      .remediation("Attach the rule (addTargetGroups / addAction) to the HTTPS listener instead.")
      .controls("AWS Security Hub CSPM control reference, control ELB.1",
          ComplianceSources.DATA_IN_TRANSIT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Optional<Resource> listener = ctx.template().resolve(ctx.resource().property("ListenerArn"));
    if (listener.isEmpty()) {
      return Evaluation.unknown("Properties.ListenerArn");
    }
    if (!"HTTP".equals(listener.get().property("Protocol").asText())) {
      return Evaluation.notApplicable();
    }
    if (LoadBalancers.onlyRedirectsToHttps(ctx.resource().property("Actions"))) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.Actions", "rule on HTTP listener " + listener.get().logicalId()
            + " serves traffic (action type "
            + LoadBalancers.firstActionType(ctx.resource().property("Actions")) + ")");
  }
}
