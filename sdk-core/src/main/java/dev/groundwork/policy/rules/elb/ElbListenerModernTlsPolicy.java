package dev.groundwork.policy.rules.elb;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Outcome;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.elb.SecurityPolicies.Kind;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * HTTPS and TLS listeners, of Application and Network Load Balancers and of Classic Load
 * Balancers, allow nothing older than TLS 1.2, judged from AWS's published table of security
 * policies and the protocols each allows ({@link SecurityPolicies}), never from a policy's name.
 *
 * <p>A listener without a policy gets {@value SecurityPolicies#CLOUDFORMATION_DEFAULT}, which
 * allows TLS 1.0. A Classic listener's policy is an {@code SSLNegotiationPolicyType} entry of
 * {@code Policies} named in its {@code PolicyNames} (or listing its port): either a {@code
 * Reference-Security-Policy} to a predefined policy, or {@code Protocol-*} attributes set to true.
 * A policy the table does not list makes the outcome unknown.
 */
public final class ElbListenerModernTlsPolicy implements Rule {

  private static final Set<String> CLASSIC_TLS = ImmutableSet.of("HTTPS", "SSL");
  private static final String NEGOTIATION = "SSLNegotiationPolicyType";

  private static final RuleInfo INFO = RuleInfo.builder("GW_ELB_TLS_POLICY_MODERN")
      .title("HTTPS/TLS listeners use a security policy that allows only TLS 1.2 and 1.3")
      .severity(Severity.ERROR)
      .resourceTypes(LoadBalancers.LISTENER, LoadBalancers.CLASSIC)
      .rationale("A listener's security policy decides which protocol versions clients may "
          + "negotiate. Without one, CloudFormation gives ELBSecurityPolicy-2016-08, which accepts "
          + "TLS 1.0 and 1.1; several policies named TLS13 (e.g. ELBSecurityPolicy-TLS13-1-0-2021-06) "
          + "accept them too. Policies are judged by the protocols AWS's tables list for them.")
      .remediation("Set sslPolicy(SslPolicy.RECOMMENDED_TLS) (ELBSecurityPolicy-TLS13-1-2-2021-06) "
          + "or another policy allowing only TLS 1.2 and 1.3; on a Classic Load Balancer attach an "
          + "SSLNegotiationPolicyType policy with Reference-Security-Policy "
          + "ELBSecurityPolicy-TLS-1-2-2017-01 to each HTTPS/SSL listener.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return ctx.resource().type().equals(LoadBalancers.CLASSIC) ? classic(ctx.resource()) : listener(ctx.resource());
  }

  private static Evaluation listener(Resource listener) {
    JsonNode protocolNode = listener.property("Protocol");
    String protocol = protocolNode.asText("");
    if (!protocol.equals("HTTPS") && !protocol.equals("TLS")) {
      return Intrinsics.isIntrinsic(protocolNode) ? Evaluation.unknown("Properties.Protocol") : Evaluation.notApplicable();
    }
    JsonNode policy = listener.property("SslPolicy");
    if (Intrinsics.isIntrinsic(policy)) {
      return Evaluation.unknown("Properties.SslPolicy");
    }
    return judge(policy.isMissingNode() ? Optional.empty() : Optional.of(policy.asText("")), Kind.ELBV2,
        "Properties.SslPolicy", protocol + " listener");
  }

  private static Evaluation classic(Resource balancer) {
    JsonNode listeners = balancer.property("Listeners");
    JsonNode policies = balancer.property("Policies");
    if (Intrinsics.isIntrinsic(listeners) || Intrinsics.isIntrinsic(policies)) {
      return Evaluation.unknown(Intrinsics.isIntrinsic(listeners) ? "Properties.Listeners" : "Properties.Policies");
    }
    Evaluation.Builder out = Evaluation.builder();
    boolean any = false;
    List<JsonNode> items = Intrinsics.items(listeners);
    for (int i = 0; i < items.size(); i++) {
      JsonNode listener = items.get(i);
      String protocol = listener.path("Protocol").asText("").toUpperCase(Locale.ROOT);
      if (!CLASSIC_TLS.contains(protocol)) {
        continue;
      }
      any = true;
      String path = "Properties.Listeners[" + i + "].PolicyNames";
      String name = protocol + " listener on port " + listener.path("LoadBalancerPort").asText("?");
      List<JsonNode> negotiation = negotiationPolicies(listener, Intrinsics.items(policies));
      if (negotiation.isEmpty()) {
        out.add(judge(Optional.empty(), Kind.CLASSIC, path, name));
      } else {
        negotiation.forEach(p -> out.add(classicPolicy(p, path, name)));
      }
    }
    Evaluation result = out.build();
    return !any && result.outcome() == Outcome.COMPLIANT ? Evaluation.notApplicable() : result;
  }

  /** The SSL negotiation policies that apply to a Classic listener: named by it, or listing its port. */
  private static List<JsonNode> negotiationPolicies(JsonNode listener, List<JsonNode> policies) {
    List<String> names = Intrinsics.items(listener.path("PolicyNames")).stream().map(n -> n.asText("")).toList();
    String port = listener.path("LoadBalancerPort").asText("");
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode policy : policies) {
      boolean applies = names.contains(policy.path("PolicyName").asText())
          || Intrinsics.items(policy.path("LoadBalancerPorts")).stream().anyMatch(p -> p.asText("").equals(port));
      if (applies && NEGOTIATION.equals(policy.path("PolicyType").asText())) {
        out.add(policy);
      }
    }
    return out;
  }

  private static Evaluation classicPolicy(JsonNode policy, String path, String name) {
    List<String> enabled = new ArrayList<>();
    for (JsonNode attribute : Intrinsics.items(policy.path("Attributes"))) {
      String key = attribute.path("Name").asText("");
      JsonNode value = attribute.path("Value");
      if (Intrinsics.isIntrinsic(value)) {
        return Evaluation.unknown(path);
      }
      if (key.equals("Reference-Security-Policy")) {
        return judge(Optional.of(value.asText("")), Kind.CLASSIC, path, name);
      }
      if (key.startsWith("Protocol-") && Intrinsics.truth(value) == Intrinsics.Truth.TRUE) {
        enabled.add(key.substring("Protocol-".length()));
      }
    }
    List<String> outdated = SecurityPolicies.outdated(enabled);
    return Evaluation.failIf(!outdated.isEmpty(), path, () -> name + " uses policy "
        + policy.path("PolicyName").asText("?") + ", which enables " + String.join(", ", outdated));
  }

  /** Judges a named policy (or, when empty, the default) from the table. */
  private static Evaluation judge(Optional<String> policy, Kind kind, String path, String listener) {
    String name = policy.orElse(SecurityPolicies.CLOUDFORMATION_DEFAULT);
    Optional<List<String>> protocols = SecurityPolicies.protocols(name, kind);
    if (protocols.isEmpty()) {
      return new Evaluation(Outcome.UNKNOWN, List.of(), path + " is " + name + ", which AWS's table of "
          + (kind == Kind.CLASSIC ? "Classic Load Balancer" : "ELBv2") + " security policies as Groundwork "
          + "knows it does not list (" + SecurityPolicies.FILE + ")");
    }
    List<String> outdated = SecurityPolicies.outdated(protocols.get());
    return Evaluation.failIf(!outdated.isEmpty(), path, () -> listener + (policy.isEmpty()
        ? " has no security policy, so it gets " + name : " uses " + name) + ", which allows "
        + String.join(", ", outdated) + " (AWS lists it with " + String.join(", ", protocols.get()) + ")");
  }
}
