package dev.groundwork.policy.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reading IAM policy documents as CloudFormation holds them. */
public final class PolicyDocuments {

  private PolicyDocuments() {}

  /** The statements of a policy document ({@code Statement} may be one object or a list). */
  public static List<JsonNode> statements(JsonNode document) {
    JsonNode statement = document.path("Statement");
    List<JsonNode> out = new ArrayList<>();
    if (statement.isArray()) {
      statement.forEach(out::add);
    } else if (statement.isObject()) {
      out.add(statement);
    }
    return out;
  }

  /** A string-or-list value as literal strings; intrinsics become {@code "${token}"}. */
  public static List<String> values(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isTextual()) {
      out.add(node.textValue());
    } else if (node.isArray()) {
      node.forEach(n -> out.add(Intrinsics.flatText(n).orElse("${token}")));
    } else if (!node.isMissingNode()) {
      out.add(Intrinsics.flatText(node).orElse("${token}"));
    }
    return out;
  }

  public static boolean isAllow(JsonNode statement) {
    return "Allow".equals(statement.path("Effect").asText());
  }

  /** Whether the statement's principal is everyone ({@code "*"} or {@code {"AWS": "*"}}). */
  public static boolean hasWildcardPrincipal(JsonNode statement) {
    JsonNode principal = statement.path("Principal");
    if (principal.isTextual()) {
      return principal.textValue().equals("*");
    }
    return values(principal.path("AWS")).contains("*");
  }

  /**
   * Whether a statement denies requests made without TLS ({@code aws:SecureTransport} false)
   * for every action ({@code *} or {@code service:*}) or for one of {@code sufficientActions}.
   */
  public static boolean deniesInsecureTransport(JsonNode statement, Set<String> sufficientActions) {
    if (!"Deny".equals(statement.path("Effect").asText())) {
      return false;
    }
    JsonNode secure = statement.path("Condition").path("Bool").path("aws:SecureTransport");
    boolean actionAll = values(statement.path("Action")).stream()
        .anyMatch(a -> a.equals("*") || a.endsWith(":*") || sufficientActions.contains(a));
    return Intrinsics.truth(secure) == Intrinsics.Truth.FALSE && actionAll;
  }

  /**
   * TLS-only check shared by buckets, topics and queues: some policy resource of {@code
   * policyType} attached through {@code property} must deny insecure transport.
   */
  public static Evaluation requireTlsOnlyPolicy(
      RuleContext ctx, String policyType, String property, String noun) {
    return requireTlsOnlyPolicy(ctx, policyType, property, noun, Set.of());
  }

  /**
   * As {@link #requireTlsOnlyPolicy(RuleContext, String, String, String)}, where denying the
   * insecure use of one of {@code sufficientActions} is enough (e.g. {@code sns:Publish}, the
   * only data-plane call on a topic, which is what CDK's {@code enforceSSL} denies).
   */
  public static Evaluation requireTlsOnlyPolicy(RuleContext ctx, String policyType,
      String property, String noun, Set<String> sufficientActions) {
    Resource target = ctx.resource();
    for (Resource policy : ctx.template().referrers(policyType, property, target.logicalId())) {
      if (Intrinsics.isIntrinsic(policy.property("PolicyDocument"))) {
        return Evaluation.unknown(policy.logicalId() + ".Properties.PolicyDocument");
      }
      if (statements(policy.property("PolicyDocument")).stream()
          .anyMatch(statement -> deniesInsecureTransport(statement, sufficientActions))) {
        return Evaluation.compliant();
      }
    }
    return Evaluation.nonCompliant("Properties", String.format(
        "no %s attached to %s %s denies requests with aws:SecureTransport false",
        policyType, noun, target.logicalId()));
  }
}
