package dev.groundwork.policy.rules.controltower.lambda;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Function URLs that allow cross-origin requests name their origins. Mirrors CT.LAMBDA.PR.6. */
public final class LambdaUrlCorsRestricted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_LAMBDA_FUNCTION_URL_CORS", "CT.LAMBDA.PR.6",
          "Require an AWS Lambda function URL CORS policy to restrict access to specific origins",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::Lambda::Url")
      .rationale("A CORS origin of * lets any website's scripts call the function from a visitor's "
          + "browser; listing the origins limits it to your own front ends.")
      .remediation("List the exact origins in cors.allowedOrigins of addFunctionUrl(...), without "
          + "wildcards.")
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
    JsonNode origins = p.path("Cors").path("AllowOrigins");
    if (!isStruct(p.path("Cors")) || !isNonEmptyList(origins)) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(anyOf(origins, o -> o.isTextual() && o.textValue().contains("*")),
        "Properties.Cors.AllowOrigins", "an allowed origin contains *");
  }
}
