package dev.groundwork.policy.rules.controltower.kms;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isEveryPrincipal;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Key policies deny creating grants for anything but AWS services. Mirrors CT.KMS.PR.3. */
public final class KmsKeyPolicyRestrictsGrantsToAwsServices implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_KMS_CREATE_GRANT_AWS_SERVICE", "CT.KMS.PR.3",
          "Require an AWS KMS key policy to have a statement that limits creation of AWS KMS "
          + "grants to AWS services",
          nist("AC-2"), nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"),
          nist("AC-5"), nist("AC-6"), nist("AC-6(3)"))
      .resourceTypes("AWS::KMS::Key")
      .rationale("A grant gives a principal the use of a key outside the key policy, and grants are easy "
          + "to miss in a review; denying kms:CreateGrant unless an AWS service asks for it on its "
          + "own resource keeps every principal's access in the key policy.")
      .remediation("Add the statement Deny kms:CreateGrant to * on * with BoolIfExists "
          + "kms:GrantIsForAWSResource \"false\" and aws:PrincipalIsAWSService \"false\" to the key "
          + "policy.")
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
    JsonNode statements = p.path("KeyPolicy").path("Statement");
    if (isStruct(p.path("KeyPolicy")) && isNonEmptyList(statements)) {
      for (JsonNode statement : statements) {
        if (isGrantRestriction(statement)) {
          return Evaluation.compliant();
        }
      }
    }
    return Evaluation.nonCompliant("Properties.KeyPolicy.Statement",
        "no statement denies kms:CreateGrant unless the grant is for an AWS service's resource");
  }

  private static final Pattern GRANT_FOR_AWS_RESOURCE = Pattern.compile("(?i)kms:GrantIsForAWSResource");
  private static final Pattern PRINCIPAL_IS_AWS_SERVICE = Pattern.compile("(?i)aws:PrincipalIsAWSService");

  /** The statement the control's guard rule requires, read as that rule reads it. */
  private static boolean isGrantRestriction(JsonNode statement) {
    for (String key : List.of("Effect", "Action", "Principal", "Condition", "Resource")) {
      if (!exists(statement.path(key))) {
        return false;
      }
    }
    JsonNode condition = statement.path("Condition");
    JsonNode ifExists = condition.path("BoolIfExists");
    if (!is(statement.path("Effect"), "Deny")
        || !allOf(statement.path("Action"), a -> is(a, "kms:CreateGrant"))
        || !isEveryPrincipal(statement.path("Principal"))
        || !allOf(statement.path("Resource"), r -> is(r, "*"))
        || !isStruct(condition) || condition.size() != 1 || !isStruct(ifExists)) {
      return false;
    }
    boolean grantKey = false;
    boolean serviceKey = false;
    for (Map.Entry<String, JsonNode> entry : ifExists.properties()) {
      boolean isGrant = GRANT_FOR_AWS_RESOURCE.matcher(entry.getKey()).matches();
      boolean isService = PRINCIPAL_IS_AWS_SERVICE.matcher(entry.getKey()).matches();
      if (!(isGrant || isService) || !is(entry.getValue(), "false")) {
        return false;
      }
      grantKey |= isGrant;
      serviceKey |= isService;
    }
    return grantKey && serviceKey;
  }
}
