package dev.groundwork.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the logical ids a piece of a template refers to through {@code Ref}, {@code Fn::GetAtt}
 * and {@code Fn::Sub}. Pseudo parameters ({@code AWS::Region}, …) are left out.
 */
public final class References {
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private References() {}

  /** Every logical id referenced anywhere inside {@code node}. */
  public static Set<String> in(JsonNode node) {
    Set<String> ids = new LinkedHashSet<>();
    collect(node, ids);
    return ids;
  }

  /**
   * The logical id {@code node} itself refers to, if it is a {@code Ref} or {@code Fn::GetAtt}
   * (e.g. a security group's {@code GroupId}).
   */
  public static Optional<String> target(JsonNode node) {
    if (node == null || !node.isObject() || node.size() != 1) {
      return Optional.empty();
    }
    JsonNode ref = node.get("Ref");
    if (ref != null && ref.isTextual() && !ref.asText().startsWith("AWS::")) {
      return Optional.of(ref.asText());
    }
    JsonNode getAtt = node.get("Fn::GetAtt");
    if (getAtt != null) {
      if (getAtt.isArray() && getAtt.size() > 0 && getAtt.get(0).isTextual()) {
        return Optional.of(getAtt.get(0).asText());
      }
      if (getAtt.isTextual()) {
        return Optional.of(getAtt.asText().split("\\.", 2)[0]);
      }
    }
    return Optional.empty();
  }

  private static void collect(JsonNode node, Set<String> ids) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      target(node).ifPresent(ids::add);
      JsonNode sub = node.get("Fn::Sub");
      if (sub != null) {
        JsonNode text = sub.isArray() ? sub.path(0) : sub;
        if (text.isTextual()) {
          Set<String> local = sub.isArray() && sub.path(1).isObject()
              ? iterableToSet(sub.path(1).fieldNames()) : Set.of();
          Matcher m = SUB_VARIABLE.matcher(text.asText());
          while (m.find()) {
            String name = m.group(1).split("\\.", 2)[0];
            if (!name.startsWith("AWS::") && !local.contains(name)) {
              ids.add(name);
            }
          }
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), ids);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, ids));
    }
  }

  private static Set<String> iterableToSet(java.util.Iterator<String> names) {
    Set<String> set = new LinkedHashSet<>();
    names.forEachRemaining(set::add);
    return set;
  }
}
