package dev.groundwork.policy.rules.controltower.apigateway;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
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
 * HTTP and WebSocket API routes require an authorizer (IAM, JWT or custom). Mirrors
 * CT.APIGATEWAY.PR.5.
 */
public final class ApiGatewayV2RouteAuthorization implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_API_GW_V2_AUTHORIZATION_TYPE_CONFIGURED", "CT.APIGATEWAY.PR.5",
          "Require Amazon API Gateway V2 Websocket and HTTP routes to specify an authorization "
          + "type",
          nist("AC-3"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::ApiGatewayV2::Route", "AWS::ApiGatewayV2::ApiGatewayManagedOverrides")
      .rationale("A route without authorisation is callable by anyone on the internet who knows the URL.")
      .remediation("Give every route an authorizer (HttpIamAuthorizer, HttpJwtAuthorizer or a Lambda "
          + "authorizer).")
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
    JsonNode route = p;
    if (ctx.resource().type().equals("AWS::ApiGatewayV2::ApiGatewayManagedOverrides")) {
      route = p.path("Route");
      if (!isStruct(route) || !exists(route.path("AuthorizationType"))) {
        return Evaluation.notApplicable();
      }
    }
    return Evaluation.failIf(!isOneOf(route.path("AuthorizationType"), TYPES), "Properties.AuthorizationType",
        "the route's authorization type is not AWS_IAM, JWT or CUSTOM");
  }

  private static final Set<String> TYPES = ImmutableSet.of("AWS_IAM", "JWT", "CUSTOM");
}
