package dev.groundwork.policy.rules.controltower.apigateway;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** HTTP and WebSocket API stages write access logs. Mirrors CT.APIGATEWAY.PR.4. */
public final class ApiGatewayV2StageAccessLogs implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_API_GW_V2_ACCESS_LOGS_ENABLED", "CT.APIGATEWAY.PR.4",
          "Require an Amazon API Gateway V2 stage to have access logging activated",
          nist("AC-4(26)"), nist("AU-10"), nist("AU-12"), nist("AU-2"), nist("AU-3"),
          nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"), nist("SC-7(9)"), nist("SI-7(8)"))
      .resourceTypes("AWS::ApiGatewayV2::Stage")
      .rationale("Access logs record every request with its caller, route, status and latency; they are "
          + "the record of who used the API when something went wrong.")
      .remediation("Set accessLogSettings with a destination log group and a format on the stage "
          + "(CfnStage: accessLogSettings.destinationArn and format).")
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
    JsonNode settings = p.path("AccessLogSettings");
    return Evaluation.failIf(!isStruct(settings)
            || !isNameOrLocalReference(ctx.template(), settings.path("DestinationArn"), "AWS::Logs::LogGroup")
            || !isNonEmptyString(settings.path("Format")),
        "Properties.AccessLogSettings", "access logs have no destination or format");
  }
}
