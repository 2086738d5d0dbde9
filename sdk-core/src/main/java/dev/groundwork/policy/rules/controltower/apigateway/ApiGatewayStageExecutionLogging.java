package dev.groundwork.policy.rules.controltower.apigateway;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.Set;

/**
 * REST and WebSocket API stages log execution for every method, at ERROR or INFO. Mirrors
 * CT.APIGATEWAY.PR.1.
 */
public final class ApiGatewayStageExecutionLogging implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_API_GW_V1_EXECUTION_LOGGING_ENABLED", "CT.APIGATEWAY.PR.1",
          "Require an Amazon API Gateway REST and WebSocket API to have logging activated",
          nist("AC-4(26)"), nist("AU-10"), nist("AU-12"), nist("AU-2"), nist("AU-3"),
          nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"), nist("SC-7(9)"), nist("SI-7(8)"))
      .resourceTypes("AWS::ApiGateway::Stage")
      .rationale("Execution logs show each request's path through the API, authoriser decisions and "
          + "integration errors; without them failed or abusive calls leave no trace.")
      .remediation("Set deployOptions.loggingLevel(MethodLoggingLevel.INFO or ERROR) on the RestApi (a * "
          + "/* method setting) and do not turn logging OFF for single methods.")
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
    JsonNode settings = p.path("MethodSettings");
    boolean logged = isNonEmptyList(settings)
        && anyOf(settings, s -> ApiGatewayMethodSettings.isAllMethods(s) && isOneOf(s.path("LoggingLevel"), LEVELS))
        && allOf(settings, s -> !exists(s.path("LoggingLevel")) || isOneOf(s.path("LoggingLevel"), LEVELS));
    return Evaluation.failIf(!logged, "Properties.MethodSettings",
        "execution logging is not ERROR or INFO for every method");
  }

  private static final Set<String> LEVELS = ImmutableSet.of("ERROR", "INFO");
}
