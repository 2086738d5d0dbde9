package dev.groundwork.policy.rules.controltower.apigateway;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** REST API custom domains require TLS 1.2. Mirrors CT.APIGATEWAY.PR.6. */
public final class ApiGatewayDomainTls12 implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_API_GW_DOMAIN_TLS", "CT.APIGATEWAY.PR.6",
          "Require an Amazon API Gateway REST domain to use a security policy that specifies a "
          + "minimum TLS protocol version of TLSv1.2",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::ApiGateway::DomainName")
      .rationale("TLS 1.0 and 1.1 have known weaknesses and are no longer accepted by most compliance "
          + "frameworks; the TLS_1_2 policy rules them out.")
      .remediation("Set securityPolicy(SecurityPolicy.TLS_1_2) on the domain name.")
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
    JsonNode policy = p.path("SecurityPolicy");
    return Evaluation.failIf(exists(policy) && !is(policy, "TLS_1_2"), "Properties.SecurityPolicy",
        "the security policy is not TLS_1_2");
  }
}
