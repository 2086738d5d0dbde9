package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.testing.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One statement of an IAM policy document found in a template, with the resource that holds
 * it and, for identity policies, the roles it is attached to.
 *
 * @param holder the resource whose property holds the policy document
 * @param documentPath where in the holder, e.g. {@code PolicyDocument} or {@code Policies[0].PolicyDocument}
 * @param index the statement's position in the document
 * @param kind identity, resource or trust policy
 * @param attachedRoles logical ids of the roles an identity policy applies to
 * @param json the statement as written
 */
public record IamStatement(
    Resource holder, String documentPath, int index, Kind kind, Set<String> attachedRoles,
    JsonNode json) {

  /** What the policy document governs. */
  public enum Kind {
    /** Attached to a role, user or group: what that principal may do. */
    IDENTITY,
    /** On a resource (bucket, key, queue, topic, secret): who may use it. */
    RESOURCE,
    /** A role's {@code AssumeRolePolicyDocument}: who may assume it. */
    TRUST
  }

  public IamStatement {
    attachedRoles = ImmutableSet.copyOf(attachedRoles);
  }

  /** {@code Allow} or {@code Deny}. */
  public String effect() {
    return json.path("Effect").asText();
  }

  public boolean isAllow() {
    return "Allow".equals(effect());
  }

  /** {@code Action}, as strings (one-element when written as a single string). */
  public List<String> actions() {
    return strings(json.path("Action"));
  }

  /** {@code NotAction}, as strings. */
  public List<String> notActions() {
    return strings(json.path("NotAction"));
  }

  /** {@code Resource} entries as plain Java values (strings or intrinsic functions as maps). */
  public List<Object> resources() {
    return values(json.path("Resource"));
  }

  /** {@code Principal}, as written, or missing. */
  public JsonNode principal() {
    return json.path("Principal");
  }

  /** {@code Condition}: operator → condition key → value. */
  public Map<String, Map<String, Object>> conditions() {
    Map<String, Map<String, Object>> result = new LinkedHashMap<>();
    json.path("Condition").properties().forEach(op -> {
      Map<String, Object> keys = new LinkedHashMap<>();
      op.getValue().properties().forEach(k -> keys.put(k.getKey(), Json.toJava(k.getValue())));
      result.put(op.getKey(), keys);
    });
    return result;
  }

  /**
   * Whether this statement covers {@code action}, with IAM's matching: case-insensitive, with
   * {@code *} and {@code ?} wildcards in the statement ({@code s3:Get*} covers {@code s3:GetObject})
   * and {@code NotAction} covering everything it does not list.
   */
  public boolean covers(String action) {
    if (!json.path("NotAction").isMissingNode()) {
      return notActions().stream().noneMatch(p -> matches(p, action));
    }
    return actions().stream().anyMatch(p -> matches(p, action));
  }

  /** Whether an {@code Action} is {@code *} or a whole service ({@code s3:*}). */
  public boolean hasWildcardAction() {
    return !json.path("NotAction").isMissingNode()
        || actions().stream().anyMatch(a -> a.equals("*") || a.endsWith(":*"));
  }

  /** Whether {@code Resource} is {@code *} (or missing on an identity policy via {@code NotResource}). */
  public boolean hasWildcardResource() {
    return !json.path("NotResource").isMissingNode() || resources().contains("*");
  }

  /** Where the statement is, for messages, followed by the statement itself. */
  public String describe() {
    return "statement " + index + " of " + documentPath + " of " + holder.describe()
        + (attachedRoles.isEmpty() ? "" : ", attached to role(s) " + attachedRoles)
        + ": " + Json.compact(json);
  }

  @Override
  public String toString() {
    return describe();
  }

  /** Every statement of every policy document in {@code stack}. */
  static List<IamStatement> allIn(StackTemplate stack) {
    Map<String, Set<String>> managedPolicyRoles = managedPoliciesAttachedByRoles(stack);
    List<IamStatement> statements = new ArrayList<>();
    for (Resource r : stack.resources()) {
      switch (r.type()) {
        case "AWS::IAM::Policy", "AWS::IAM::RolePolicy" -> add(statements, r, "PolicyDocument",
            Kind.IDENTITY, rolesOf(r));
        case "AWS::IAM::ManagedPolicy" -> {
          Set<String> roles = new java.util.LinkedHashSet<>(rolesOf(r));
          roles.addAll(managedPolicyRoles.getOrDefault(r.logicalId(), Set.of()));
          add(statements, r, "PolicyDocument", Kind.IDENTITY, roles);
        }
        case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group" -> {
          add(statements, r, "AssumeRolePolicyDocument", Kind.TRUST, Set.of());
          JsonNode inline = r.property("Policies");
          for (int i = 0; i < inline.size(); i++) {
            add(statements, r, "Policies[" + i + "].PolicyDocument", Kind.IDENTITY,
                r.type().equals("AWS::IAM::Role") ? Set.of(r.logicalId()) : Set.of());
          }
        }
        case "AWS::KMS::Key" -> add(statements, r, "KeyPolicy", Kind.RESOURCE, Set.of());
        case "AWS::SecretsManager::ResourcePolicy" -> add(statements, r, "ResourcePolicy", Kind.RESOURCE, Set.of());
        case "AWS::ECR::Repository" -> add(statements, r, "RepositoryPolicyText", Kind.RESOURCE, Set.of());
        default -> {
          if (r.type().endsWith("Policy")) {
            add(statements, r, "PolicyDocument", Kind.RESOURCE, Set.of());
          }
        }
      }
    }
    return ImmutableList.copyOf(statements);
  }

  private static void add(List<IamStatement> into, Resource holder, String documentPath,
      Kind kind, Set<String> roles) {
    JsonNode statements = holder.property(documentPath).path("Statement");
    if (statements.isObject()) {
      into.add(new IamStatement(holder, documentPath, 0, kind, roles, statements));
    }
    for (int i = 0; i < statements.size() && statements.isArray(); i++) {
      into.add(new IamStatement(holder, documentPath, i, kind, roles, statements.get(i)));
    }
  }

  private static Set<String> rolesOf(Resource policy) {
    Set<String> roles = new java.util.LinkedHashSet<>();
    for (JsonNode role : policy.property("Roles")) {
      Intrinsics.target(role).ifPresent(roles::add);
    }
    Intrinsics.target(policy.property("RoleName")).ifPresent(roles::add);
    return roles;
  }

  /** Managed policies in the same template attached through a role's {@code ManagedPolicyArns}. */
  private static Map<String, Set<String>> managedPoliciesAttachedByRoles(StackTemplate stack) {
    Map<String, Set<String>> result = new LinkedHashMap<>();
    for (Resource role : stack.resourcesOfType("AWS::IAM::Role")) {
      for (JsonNode arn : role.property("ManagedPolicyArns")) {
        Intrinsics.target(arn).ifPresent(policy ->
            result.computeIfAbsent(policy, k -> new java.util.LinkedHashSet<>()).add(role.logicalId()));
      }
    }
    return result;
  }

  private static boolean matches(String pattern, String action) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return action.toLowerCase(Locale.ROOT).matches(regex.toString());
  }

  private static List<String> strings(JsonNode node) {
    List<String> result = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> result.add(n.isTextual() ? n.asText() : Json.compact(n)));
    } else if (!node.isMissingNode()) {
      result.add(node.isTextual() ? node.asText() : Json.compact(node));
    }
    return result;
  }

  private static List<Object> values(JsonNode node) {
    List<Object> result = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> result.add(Json.toJava(n)));
    } else if (!node.isMissingNode()) {
      result.add(Json.toJava(node));
    }
    return result;
  }
}
