package dev.groundwork.policy.rules.controltower.waf;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** WAF web ACLs have at least one rule. Mirrors CT.WAFV2.PR.1. */
public final class WafV2WebAclHasRules implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_WAFV2_WEBACL_NOT_EMPTY", "CT.WAFV2.PR.1",
          "Require an AWS WAF web ACL to be non-empty",
          nist("AC-4(21)"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(21)"))
      .resourceTypes("AWS::WAFv2::WebACL")
      .rationale("An empty web ACL applies only its default action to every request: it looks like "
          + "protection and inspects nothing.")
      .remediation("Add rules (managed rule groups or your own) to the web ACL (Groundwork's web ACL adds "
          + "AWS managed rule groups).")
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
    return Evaluation.failIf(!isNonEmptyList(p.path("Rules")), "Properties.Rules",
        "the web ACL has no rules");
  }
}
