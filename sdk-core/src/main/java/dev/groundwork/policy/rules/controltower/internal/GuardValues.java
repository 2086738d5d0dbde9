package dev.groundwork.policy.rules.controltower.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Outcome;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Template values read as AWS's cfn-guard rule files read them, so a Java rule gives the guard
 * rule's verdict: {@code == true} is the JSON boolean only (not the string "true"), an intrinsic
 * function is an object like any other, {@code AWS::NoValue} is a value that exists, and a
 * reference is accepted only where the guard rule accepts one ({@link #isLocalReference}).
 */
public final class GuardValues {

  private static final Pattern BLANK = Pattern.compile("\\A\\s*\\z");

  private GuardValues() {}

  /** Guard's {@code exists}: the key is present (whatever its value). */
  public static boolean exists(JsonNode node) {
    return node != null && !node.isMissingNode();
  }

  /** Guard's {@code == true}: the JSON boolean {@code true}. */
  public static boolean isTrue(JsonNode node) {
    return node != null && node.isBoolean() && node.booleanValue();
  }

  /** Guard's {@code == false}: the JSON boolean {@code false}. */
  public static boolean isFalse(JsonNode node) {
    return node != null && node.isBoolean() && !node.booleanValue();
  }

  /** Guard's {@code is_struct}. */
  public static boolean isStruct(JsonNode node) {
    return node != null && node.isObject();
  }

  /** Guard's {@code is_list} and {@code not empty}. */
  public static boolean isNonEmptyList(JsonNode node) {
    return node != null && node.isArray() && !node.isEmpty();
  }

  /** Guard's {@code this is_string} and {@code this != /\A\s*\z/}. */
  public static boolean isNonEmptyString(JsonNode node) {
    return node != null && node.isTextual() && !BLANK.matcher(node.textValue()).matches();
  }

  /** Whether {@code node} is the literal string {@code value} (guard's {@code ==} on strings). */
  public static boolean is(JsonNode node, String value) {
    return node != null && node.isTextual() && node.textValue().equals(value);
  }

  /** Whether {@code node} is one of the literal strings {@code values} (guard's {@code in}). */
  public static boolean isOneOf(JsonNode node, Set<String> values) {
    return node != null && node.isTextual() && values.contains(node.textValue());
  }

  /**
   * The guard rules' {@code check_local_references}: {@code {"Ref": id}} or {@code
   * {"Fn::GetAtt": [id, …]}} naming a resource of this template whose type is one of {@code
   * types}. A reference to a parameter, an import or another stack is not accepted.
   */
  public static boolean isLocalReference(StackTemplate template, JsonNode node, String... types) {
    if (node == null || !node.isObject()) {
      return false;
    }
    JsonNode getAtt = node.get("Fn::GetAtt");
    if (getAtt != null) {
      return getAtt.isArray() && hasType(template, getAtt.path(0), types);
    }
    JsonNode ref = node.get("Ref");
    return ref != null && hasType(template, ref, types);
  }

  /** A non-empty string, or a local reference to a resource of one of {@code types}. */
  public static boolean isNameOrLocalReference(StackTemplate template, JsonNode node, String... types) {
    return isNonEmptyString(node) || isLocalReference(template, node, types);
  }

  private static boolean hasType(StackTemplate template, JsonNode id, String... types) {
    if (!id.isTextual()) {
      return false;
    }
    JsonNode type = template.json().path("Resources").path(id.textValue()).path("Type");
    for (String t : types) {
      if (type.isTextual() && type.textValue().equals(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Guard's {@code X[*] <check>}: every element of a non-empty list passes, or the value itself
   * when it is not a list.
   */
  public static boolean allOf(JsonNode value, Predicate<JsonNode> check) {
    if (value == null || value.isMissingNode()) {
      return false;
    }
    if (!value.isArray()) {
      return check.test(value);
    }
    if (value.isEmpty()) {
      return false;
    }
    for (JsonNode element : value) {
      if (!check.test(element)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Guard's {@code %variable[*] <check>} on a rule parameter: every element of a list passes
   * (an empty list passes, as guard skips a clause on an empty query), or the value itself.
   */
  public static boolean eachOf(JsonNode value, Predicate<JsonNode> check) {
    return value != null && value.isArray() && value.isEmpty() || allOf(value, check);
  }

  /** Guard's {@code some X[*] <check>}: at least one element of a list (or the value) passes. */
  public static boolean anyOf(JsonNode value, Predicate<JsonNode> check) {
    if (value == null || value.isMissingNode()) {
      return false;
    }
    if (!value.isArray()) {
      return check.test(value);
    }
    for (JsonNode element : value) {
      if (check.test(element)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Guard's {@code X == "value"} where {@code X} may be a list: every element equals {@code
   * value} (so an empty list passes), or the value itself does.
   */
  public static boolean equalsEach(JsonNode node, String value) {
    if (node != null && node.isArray()) {
      for (JsonNode element : node) {
        if (!is(element, value)) {
          return false;
        }
      }
      return true;
    }
    return is(node, value);
  }

  /**
   * A policy statement's principal is everyone, as the guard rules test it: {@code Principal ==
   * "*"} or {@code Principal.AWS == "*"} (each read with {@link #equalsEach}).
   */
  public static boolean isEveryPrincipal(JsonNode principal) {
    return equalsEach(principal, "*")
        || (isStruct(principal) && exists(principal.path("AWS")) && equalsEach(principal.path("AWS"), "*"));
  }

  /**
   * The verdict on a resource made of several guard checks, each of which may not apply: any
   * violation fails it, else any check that applied passes it, else it is not applicable.
   */
  public static Evaluation combine(List<Evaluation> parts) {
    Evaluation.Builder out = Evaluation.builder();
    boolean applied = false;
    for (Evaluation part : parts) {
      applied |= part.outcome() != Outcome.NOT_APPLICABLE;
      out.add(part);
    }
    return applied ? out.build() : Evaluation.notApplicable();
  }

  /** A resource without {@code Properties}: every guard rule reading them fails it. */
  public static Evaluation withoutProperties() {
    return Evaluation.nonCompliant("Properties", "the resource has no Properties");
  }
}
