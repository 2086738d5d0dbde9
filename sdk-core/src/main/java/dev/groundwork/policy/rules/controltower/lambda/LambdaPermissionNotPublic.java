package dev.groundwork.policy.rules.controltower.lambda;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.regex.Pattern;

/** Function permissions do not open a function to everyone. Mirrors CT.LAMBDA.PR.2. */
public final class LambdaPermissionNotPublic implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED", "CT.LAMBDA.PR.2",
          "Require AWS Lambda function policies to prohibit public access",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::Lambda::Permission")
      .rationale("A resource policy that lets any principal, or an AWS service acting for any account, "
          + "invoke a function lets strangers run it (the confused deputy problem); a source "
          + "account, source ARN or organisation id scopes it.")
      .remediation("Grant invoke to a specific account or principal, and for a service principal pass "
          + "sourceAccount and sourceArn to addPermission(...); never a function URL with auth type "
          + "NONE.")
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
    if (is(p.path("FunctionUrlAuthType"), "NONE")) {
      return Evaluation.nonCompliant("Properties.FunctionUrlAuthType", "FunctionUrlAuthType is NONE");
    }
    JsonNode principal = p.path("Principal");
    JsonNode account = p.path("SourceAccount");
    JsonNode arn = p.path("SourceArn");
    boolean scopedBySource = isNonEmptyString(account) || isNameOrAnyLocalReference(ctx, arn);
    if (is(principal, "*")) {
      JsonNode org = p.path("PrincipalOrgID");
      return Evaluation.failIf(!(scopedBySource || isNonEmptyString(org)), "Properties.Principal",
          "the principal is * with no SourceAccount, SourceArn or PrincipalOrgID");
    }
    if (exists(principal) && !matches(principal, ACCOUNT_ID) && !matches(principal, IAM_PRINCIPAL)) {
      return Evaluation.failIf(!scopedBySource, "Properties.Principal",
          "the service principal is not scoped by a SourceAccount or SourceArn");
    }
    return Evaluation.compliant();
  }

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern IAM_PRINCIPAL = Pattern.compile("^arn:aws[a-z0-9\\-]*:iam::\\d{12}:.+");

  /** Guard's regex comparison: a string in which the pattern is found. */
  private static boolean matches(JsonNode value, Pattern pattern) {
    return value.isTextual() && pattern.matcher(value.textValue()).find();
  }

  /** A non-empty string, or a reference to any resource of the template. */
  private static boolean isNameOrAnyLocalReference(RuleContext ctx, JsonNode value) {
    if (isNonEmptyString(value)) {
      return true;
    }
    JsonNode getAtt = value.path("Fn::GetAtt");
    JsonNode target = getAtt.isArray() ? getAtt.path(0) : value.path("Ref");
    return value.isObject() && (value.has("Fn::GetAtt") ? getAtt.isArray() : value.has("Ref"))
        && target.isTextual() && ctx.template().json().path("Resources").has(target.textValue());
  }
}
