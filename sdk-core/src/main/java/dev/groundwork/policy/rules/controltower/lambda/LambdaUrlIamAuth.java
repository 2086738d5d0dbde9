package dev.groundwork.policy.rules.controltower.lambda;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Function URLs require IAM authentication. Mirrors CT.LAMBDA.PR.5. */
public final class LambdaUrlIamAuth implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_LAMBDA_FUNCTION_URL_AUTH", "CT.LAMBDA.PR.5",
          "Require an AWS Lambda function URL to use AWS IAM-based authentication",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-6"))
      .resourceTypes("AWS::Lambda::Url")
      .rationale("A function URL with auth type NONE is a public HTTPS endpoint anyone on the internet "
          + "can call; AWS_IAM requires a signed request from a principal the function allows.")
      .remediation("Use FunctionUrlAuthType.AWS_IAM in addFunctionUrl(...).")
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
    return Evaluation.failIf(!is(p.path("AuthType"), "AWS_IAM"), "Properties.AuthType",
        "AuthType is not AWS_IAM");
  }
}
