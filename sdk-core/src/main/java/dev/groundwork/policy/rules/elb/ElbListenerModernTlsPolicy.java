package dev.groundwork.policy.rules.elb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.List;

/** HTTPS and TLS listeners use a TLS 1.2+ security policy. */
public final class ElbListenerModernTlsPolicy implements Rule {

  private static final List<String> MODERN_PREFIXES = List.of(
      "ELBSecurityPolicy-TLS13-", "ELBSecurityPolicy-TLS-1-2-", "ELBSecurityPolicy-FS-1-2-");

  private static final RuleInfo INFO = RuleInfo.builder("GW_ELB_TLS_POLICY_MODERN")
      .title("HTTPS/TLS listeners use a TLS 1.2 or 1.3 security policy")
      .severity(Severity.ERROR)
      .resourceTypes(LoadBalancers.LISTENER)
      .rationale("The API default policy ELBSecurityPolicy-2016-08 still accepts TLS 1.0/1.1 and "
          + "weak ciphers.")
      .remediation("Set sslPolicy(SslPolicy.RECOMMENDED_TLS) (ELBSecurityPolicy-TLS13-1-2-2021-06) "
          + "or another TLS13 / TLS-1-2 / FS-1-2 policy.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    String protocol = ctx.resource().property("Protocol").asText("");
    if (!protocol.equals("HTTPS") && !protocol.equals("TLS")) {
      return Intrinsics.isIntrinsic(ctx.resource().property("Protocol"))
          ? Evaluation.unknown("Properties.Protocol") : Evaluation.notApplicable();
    }
    JsonNode policy = ctx.resource().property("SslPolicy");
    if (Intrinsics.isIntrinsic(policy)) {
      return Evaluation.unknown("Properties.SslPolicy");
    }
    String name = policy.asText("");
    if (MODERN_PREFIXES.stream().anyMatch(name::startsWith)) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.SslPolicy", name.isEmpty()
            ? "SslPolicy not set (defaults to ELBSecurityPolicy-2016-08, which allows TLS 1.0)"
            : "SslPolicy " + name + " allows protocols older than TLS 1.2");
  }
}
