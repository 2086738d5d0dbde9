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

/** WAF rule groups have at least one rule. Mirrors CT.WAFV2.PR.2. */
public final class WafV2RuleGroupHasRules implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_WAFV2_RULEGROUP_NOT_EMPTY", "CT.WAFV2.PR.2",
          "Require an AWS WAF rule group to be non-empty",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::WAFv2::RuleGroup")
      .rationale("An empty rule group referenced from a web ACL inspects nothing, while the web ACL "
          + "appears to apply it.")
      .remediation("Add rules to the rule group, or remove it.")
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
        "the rule group has no rules");
  }
}
