package dev.groundwork.policy.rules.controltower.iam;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Inline policies do not allow every action on every resource. Mirrors CT.IAM.PR.1. */
public final class IamInlinePolicyNoAdminAccess implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_IAM_INLINE_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", "CT.IAM.PR.1",
          "Require that an AWS Identity and Access Management (IAM) inline policy does not have a "
          + "statement that includes \"*\" in the Action and Resource elements",
          cis("1.16"), nist("AC-2"), nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"),
          nist("AC-3(7)"), nist("AC-5"), nist("AC-6"), nist("AC-6(10)"), nist("AC-6(2)"),
          nist("AC-6(3)"))
      .resourceTypes("AWS::IAM::Policy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")
      .rationale("A statement allowing * on * makes its holder an administrator of the account; inline "
          + "policies are also the hardest to review, because they live inside each role, user or "
          + "group.")
      .remediation("Grant the actions and resources the principal needs (CDK's grant* methods do); never "
          + "PolicyStatement with actions * and resources *.")
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
    return ctx.resource().type().equals("AWS::IAM::Policy")
        ? IamPolicyStatements.noAdminAccess(p, "Properties")
        : IamPolicyStatements.eachInlinePolicy(p, IamPolicyStatements::noAdminAccess);
  }
}
