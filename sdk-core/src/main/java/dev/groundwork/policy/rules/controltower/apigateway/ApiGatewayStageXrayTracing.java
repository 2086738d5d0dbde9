package dev.groundwork.policy.rules.controltower.apigateway;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** REST API stages trace requests with AWS X-Ray. Mirrors CT.APIGATEWAY.PR.2. */
public final class ApiGatewayStageXrayTracing implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_API_GW_XRAY_ENABLED", "CT.APIGATEWAY.PR.2",
          "Require an Amazon API Gateway REST API stage to have AWS X-Ray tracing activated",
          nist("CA-7"))
      .resourceTypes("AWS::ApiGateway::Stage")
      .rationale("Tracing shows where a slow or failing request spent its time across the API, its "
          + "authoriser and its integrations.")
      .remediation("Set deployOptions.tracingEnabled(true) on the RestApi (CfnStage: tracingEnabled true).")
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
    return Evaluation.failIf(!isTrue(p.path("TracingEnabled")), "Properties.TracingEnabled",
        "X-Ray tracing is not enabled");
  }
}
