package dev.groundwork.policy.rules.iam;

import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** IAM users get permissions through groups, never inline or directly attached policies. */
public final class IamUserNoInlinePolicies implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_IAM_USER_NO_INLINE_POLICIES")
      .title("IAM users have no inline policies")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::IAM::User", "AWS::IAM::Policy")
      .rationale("Permissions on individual users are invisible in group reviews and survive "
          + "role changes; users should get permissions from groups (or not exist at all).")
      .remediation("Put the user in a group (user.addToGroup(group)) and grant the group; "
          + "prefer roles with federated or SSO access over IAM users.")
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule IAMNoInlinePolicy",
          Control.nist("AC-2(1)"), Control.nist("AC-2(6)"), Control.nist("AC-3"),
          Control.nist("AC-3(7)"), Control.nist("AC-6"), Control.nist("AC-6(3)"),
          Control.nist("AC-24"), Control.nist("SC-23(3)"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (ctx.resource().type().equals("AWS::IAM::Policy")) {
      int users = Intrinsics.items(ctx.resource().property("Users")).size();
      if (users <= 0) {
        return Evaluation.compliant();
      }
      return Evaluation.nonCompliant("Properties.Users",
          "inline policy " + ctx.resource().logicalId() + " is attached to " + users + " user(s)");
    }
    int inline = Intrinsics.items(ctx.resource().property("Policies")).size();
    if (inline <= 0) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.Policies",
        "user has " + inline + " inline polic" + (inline == 1 ? "y" : "ies"));
  }
}
