package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DB proxies require TLS from their clients. Mirrors CT.RDS.PR.26. */
public final class RdsProxyRequiresTls implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_PROXY_TLS", "CT.RDS.PR.26",
          "Require an Amazon RDS DB Proxy to require Transport Layer Security (TLS) connections",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::RDS::DBProxy")
      .rationale("Without TLS, credentials and query results travel between the application and the "
          + "proxy in clear text.")
      .remediation("Set requireTLS(true) on the proxy (the CDK default).")
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
    return RdsEngines.requireTrue(p, "RequireTLS", "the proxy does not require TLS");
  }
}
