package dev.groundwork.policy.rules.elb;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Classic Load Balancer listeners accept clients only over HTTPS or SSL (TLS). */
public final class ElbClassicListenerRequiresTls implements Rule {

  private static final Set<String> TLS_PROTOCOLS = ImmutableSet.of("HTTPS", "SSL");

  private static final RuleInfo INFO = RuleInfo.builder("GW_ELB_CLASSIC_LISTENER_TLS_REQUIRED")
      .title("Classic Load Balancer listeners use HTTPS or SSL")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::ElasticLoadBalancing::LoadBalancer")
      .rationale("A Classic Load Balancer listener with Protocol HTTP or TCP takes client "
          + "traffic, credentials included, in clear text; a Classic Load Balancer cannot "
          + "redirect HTTP to HTTPS, so every listener must terminate TLS.")
      .remediation("Prefer an Application Load Balancer (WebService does this). For a Classic "
          + "Load Balancer, give each listener externalProtocol LoadBalancingProtocol.HTTPS or "
          + "SSL with an ACM certificate (sslCertificateArn), and remove plain listeners.")
      .controls("AWS Security Hub CSPM control reference, control ELB.3",
          ComplianceSources.DATA_IN_TRANSIT, Control.pci("4.2.1"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode listeners = ctx.resource().property("Listeners");
    if (Intrinsics.isIntrinsic(listeners)) {
      return Evaluation.unknown("Properties.Listeners");
    }
    List<JsonNode> items = Intrinsics.items(listeners);
    if (items.isEmpty()) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < items.size(); i++) {
      String path = "Properties.Listeners[" + i + "].Protocol";
      Optional<String> protocol = Intrinsics.text(items.get(i).path("Protocol"));
      if (protocol.isEmpty()) {
        out.unknown(path);
      } else if (!TLS_PROTOCOLS.contains(protocol.get().toUpperCase(Locale.ROOT))) {
        out.violation(path, "listener " + i + " on port "
            + items.get(i).path("LoadBalancerPort").asText("?") + " uses " + protocol.get()
            + ", not HTTPS or SSL");
      }
    }
    return out.build();
  }
}
