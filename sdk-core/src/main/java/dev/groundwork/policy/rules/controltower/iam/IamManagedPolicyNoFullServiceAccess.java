package dev.groundwork.policy.rules.controltower.iam;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Customer managed policies do not allow whole services (service:*) or NotAction. Mirrors
 * CT.IAM.PR.3.
 */
public final class IamManagedPolicyNoFullServiceAccess implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_IAM_MANAGED_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS", "CT.IAM.PR.3",
          "Require that AWS Identity and Access Management (IAM) customer-managed policies do not "
          + "have wildcard service actions",
          nist("AC-2"), nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"),
          nist("AC-5"), nist("AC-6"), nist("AC-6(10)"), nist("AC-6(2)"), nist("AC-6(3)"))
      .resourceTypes("AWS::IAM::ManagedPolicy")
      .rationale("Wildcard service actions grant every current and future action of a service, including "
          + "administrative ones nobody reviewed; NotAction allows everything not listed.")
      .remediation("List the actions the principals need (e.g. s3:GetObject) instead of s3:* or *, and "
          + "write Allow statements with Action, not NotAction.")
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
    return IamPolicyStatements.noFullServiceAccess(p, "Properties");
  }
}
