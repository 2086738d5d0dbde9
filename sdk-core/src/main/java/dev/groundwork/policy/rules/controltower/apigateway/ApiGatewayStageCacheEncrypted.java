package dev.groundwork.policy.rules.controltower.apigateway;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** REST API stages with a cache encrypt the cached responses. Mirrors CT.APIGATEWAY.PR.3. */
public final class ApiGatewayStageCacheEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_API_GW_CACHE_ENCRYPTED", "CT.APIGATEWAY.PR.3",
          "Require that an Amazon API Gateway REST API stage has encryption at rest configured "
          + "for cache data",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::ApiGateway::Stage")
      .rationale("The stage cache holds whole responses, including personal data; encrypting it protects "
          + "them at rest like the data they came from.")
      .remediation("With cacheClusterEnabled, set cacheDataEncrypted(true) in the stage's method options "
          + "(a * /* method setting) and for every method that sets it.")
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
    if (!isTrue(p.path("CacheClusterEnabled"))) {
      return Evaluation.notApplicable();
    }
    JsonNode settings = p.path("MethodSettings");
    boolean encrypted = isNonEmptyList(settings)
        && anyOf(settings, s -> ApiGatewayMethodSettings.isAllMethods(s) && isTrue(s.path("CacheDataEncrypted")))
        && allOf(settings, s -> !exists(s.path("CacheDataEncrypted")) || isTrue(s.path("CacheDataEncrypted")));
    return Evaluation.failIf(!encrypted, "Properties.MethodSettings",
        "the stage cache is not encrypted for every method");
  }
}
