package dev.groundwork.policy.rules.controltower.iam;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.List;

/**
 * IAM users have no policies of their own; users get permissions through groups. Mirrors
 * CT.IAM.PR.4.
 */
public final class IamUserNoPolicies implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_IAM_USER_NO_POLICIES", "CT.IAM.PR.4",
          "Require that an AWS Identity and Access Management (IAM) user does not have an inline "
          + "or managed policy attached attached",
          cis("1.15"), nist("AC-2"), nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"),
          nist("AC-3(7)"), nist("AC-6"), nist("AC-6(3)"))
      .resourceTypes("AWS::IAM::User", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")
      .rationale("Permissions attached to individual users drift and are forgotten when people change "
          + "roles; granting through groups (or better, roles) keeps them in one reviewed place.")
      .remediation("Put the user in a group and attach the policies to the group; leave policies and "
          + "managedPolicies of the user, and users of a policy, empty.")
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
    Evaluation.Builder out = Evaluation.builder();
    List<String> properties = ctx.resource().type().equals("AWS::IAM::User")
        ? List.of("Policies", "ManagedPolicyArns") : List.of("Users");
    for (String name : properties) {
      JsonNode value = p.path(name);
      if (exists(value) && !(value.isArray() && value.isEmpty())) {
        out.violation("Properties." + name, name + " is not empty");
      }
    }
    return out.build();
  }
}
