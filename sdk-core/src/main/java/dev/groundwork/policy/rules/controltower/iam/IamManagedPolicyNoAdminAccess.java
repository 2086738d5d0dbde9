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

/** Customer managed policies do not allow every action on every resource. Mirrors CT.IAM.PR.2. */
public final class IamManagedPolicyNoAdminAccess implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_IAM_MANAGED_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", "CT.IAM.PR.2",
          "Require that AWS Identity and Access Management (IAM) customer-managed policies do not "
          + "contain a statement that includes \"*\" in the Action and Resource elements",
          cis("1.16"), nist("AC-2"), nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"),
          nist("AC-3(7)"), nist("AC-5"), nist("AC-6"), nist("AC-6(10)"), nist("AC-6(2)"),
          nist("AC-6(3)"))
      .resourceTypes("AWS::IAM::ManagedPolicy")
      .rationale("A managed policy allowing * on * makes every principal it is attached to an "
          + "administrator, now and whenever it is attached again later.")
      .remediation("Grant the actions and resources the principals need; never a ManagedPolicy statement "
          + "with actions * and resources *.")
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
    return IamPolicyStatements.noAdminAccess(p, "Properties");
  }
}
