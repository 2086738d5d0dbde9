package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.core.Region;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading CloudFormation values that may be intrinsic functions, the one way every part of
 * Groundwork reads them.
 *
 * <p>A value is either a literal (string, number, boolean, list, object) or an intrinsic ({@code
 * Ref}, {@code Fn::*}). Callers ask for a literal and treat an intrinsic they cannot follow as
 * unknown; nothing here throws on odd input. References are {@code Ref}, {@code Fn::GetAtt} and
 * the variables of {@code Fn::Sub}; pseudo parameters ({@code AWS::Region}, {@code
 * AWS::NoValue}, ...) are never references, and {@code AWS::NoValue} reads as absent.
 */
public final class Intrinsics {

  private static final String PSEUDO_PARAMETER_PREFIX = "AWS::";
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private Intrinsics() {}

  /** Three-valued reading of a boolean property. */
  public enum Truth {
    TRUE, FALSE, ABSENT, UNKNOWN
  }

  /** Whether {@code node} is an intrinsic function ({@code {"Ref": …}}, {@code {"Fn::…": …}}). */
  public static boolean isIntrinsic(JsonNode node) {
    if (node == null || !node.isObject() || node.size() != 1) {
      return false;
    }
    String key = node.fieldNames().next();
    return key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition");
  }

  /** Whether {@code node} is absent, null or {@code {"Ref": "AWS::NoValue"}}. */
  public static boolean isAbsent(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull()
        || (node.isObject() && node.size() == 1 && "AWS::NoValue".equals(node.path("Ref").asText(null)));
  }

  /** A boolean property: literal {@code true}/{@code "true"}, absent, or unknown (intrinsic). */
  public static Truth truth(JsonNode node) {
    if (isAbsent(node)) {
      return Truth.ABSENT;
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? Truth.TRUE : Truth.FALSE;
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (text.equalsIgnoreCase("true")) {
        return Truth.TRUE;
      }
      if (text.equalsIgnoreCase("false")) {
        return Truth.FALSE;
      }
    }
    return Truth.UNKNOWN;
  }

  /**
   * The items of a list property. CloudFormation also takes a single object where a property is
   * a list (one security group rule, one listener, one statement), so an object that is not an
   * intrinsic is a list of one; absent ({@link #isAbsent}) is an empty list. Check {@link
   * #isIntrinsic} first: an intrinsic's items are unknown, and this treats it as one item.
   */
  public static List<JsonNode> items(JsonNode node) {
    if (isAbsent(node)) {
      return List.of();
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>(node.size());
      node.forEach(items::add);
      return items;
    }
    return List.of(node);
  }

  /** A whole number given as a JSON number or numeric string; empty when absent or not literal. */
  public static OptionalLong number(JsonNode node) {
    if (node == null || isAbsent(node)) {
      return OptionalLong.empty();
    }
    if (node.isIntegralNumber()) {
      return OptionalLong.of(node.longValue());
    }
    if (node.isTextual()) {
      try {
        return OptionalLong.of(Long.parseLong(node.textValue().trim()));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** A literal string value; empty when absent or not a literal string. */
  public static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }

  /**
   * The logical id a {@code Ref} or {@code Fn::GetAtt} points at ({@code {"Ref": "Bucket"}},
   * {@code {"Fn::GetAtt": ["Bucket", "Arn"]}} or {@code "Bucket.Arn"}); empty otherwise, and
   * for a pseudo parameter such as {@code {"Ref": "AWS::Region"}}.
   */
  public static Optional<String> target(JsonNode node) {
    if (node == null || !node.isObject() || node.size() != 1) {
      return Optional.empty();
    }
    JsonNode ref = node.get("Ref");
    if (ref != null && ref.isTextual()) {
      return ref.textValue().startsWith(PSEUDO_PARAMETER_PREFIX)
          ? Optional.empty() : Optional.of(ref.textValue());
    }
    JsonNode getAtt = node.get("Fn::GetAtt");
    if (getAtt != null) {
      if (getAtt.isArray() && getAtt.size() > 0 && getAtt.get(0).isTextual()) {
        return Optional.of(getAtt.get(0).textValue());
      }
      if (getAtt.isTextual()) {
        String text = getAtt.textValue();
        int dot = text.indexOf('.');
        return Optional.of(dot < 0 ? text : text.substring(0, dot));
      }
    }
    return Optional.empty();
  }

  /** The attribute name of a {@code Fn::GetAtt}; empty for anything else. */
  public static Optional<String> attribute(JsonNode node) {
    JsonNode getAtt = node == null ? null : node.get("Fn::GetAtt");
    if (getAtt == null) {
      return Optional.empty();
    }
    if (getAtt.isArray() && getAtt.size() > 1 && getAtt.get(1).isTextual()) {
      return Optional.of(getAtt.get(1).textValue());
    }
    if (getAtt.isTextual() && getAtt.textValue().contains(".")) {
      return Optional.of(getAtt.textValue().substring(getAtt.textValue().indexOf('.') + 1));
    }
    return Optional.empty();
  }

  /**
   * Calls {@code sink} with every logical id referenced anywhere inside {@code node}, through
   * {@code Ref}, {@code Fn::GetAtt} or a {@code ${Name}} / {@code ${Name.Attribute}} variable of
   * {@code Fn::Sub} (not the ones {@code Fn::Sub} defines itself); possibly more than once.
   */
  public static void forEachTarget(JsonNode node, Consumer<String> sink) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      Optional<String> target = target(node);
      if (target.isPresent()) {
        sink.accept(target.get());
        return;
      }
      JsonNode sub = node.size() == 1 ? node.get("Fn::Sub") : null;
      if (sub != null) {
        forEachSubVariable(sub, sink);
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        forEachTarget(fields.next().getValue(), sink);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        forEachTarget(element, sink);
      }
    }
  }

  /** The export name of an {@code {"Fn::ImportValue": "<literal name>"}}; empty for anything else. */
  public static Optional<String> importName(JsonNode node) {
    JsonNode name = node != null && node.isObject() && node.size() == 1 ? node.get("Fn::ImportValue") : null;
    return name != null && name.isTextual() ? Optional.of(name.textValue()) : Optional.empty();
  }

  /** Every literal export name imported ({@code Fn::ImportValue}) anywhere inside {@code node}, in order. */
  public static Set<String> importNames(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    collectImports(node, names);
    return names;
  }

  private static void collectImports(JsonNode node, Set<String> names) {
    if (node == null) {
      return;
    }
    Optional<String> name = importName(node);
    if (name.isPresent()) {
      names.add(name.get());
    } else if (node.isContainerNode()) {
      node.forEach(child -> collectImports(child, names));
    }
  }

  /** Every logical id referenced anywhere inside {@code node}, in the order first met. */
  public static Set<String> references(JsonNode node) {
    Set<String> ids = new LinkedHashSet<>();
    forEachTarget(node, ids::add);
    return ids;
  }

  private static void forEachSubVariable(JsonNode sub, Consumer<String> sink) {
    JsonNode text = sub.isArray() ? sub.path(0) : sub;
    if (!text.isTextual()) {
      return;
    }
    JsonNode local = sub.isArray() ? sub.path(1) : null;
    Matcher variable = SUB_VARIABLE.matcher(text.textValue());
    while (variable.find()) {
      String name = variable.group(1);
      int dot = name.indexOf('.');
      String id = dot < 0 ? name : name.substring(0, dot);
      if (!id.startsWith(PSEUDO_PARAMETER_PREFIX) && (local == null || !local.has(id))) {
        sink.accept(id);
      }
    }
  }

  /** The literal strings inside a value, joining {@code Fn::Join} parts; empty for other intrinsics. */
  public static Optional<String> flatText(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return Optional.of(node.textValue());
    }
    JsonNode join = node.get("Fn::Join");
    if (node.size() == 1 && join != null && join.isArray() && join.size() == 2) {
      StringBuilder out = new StringBuilder();
      String separator = join.get(0).asText("");
      boolean first = true;
      for (JsonNode part : join.get(1)) {
        out.append(first ? "" : separator).append(part.isTextual() ? part.textValue() : "${token}");
        first = false;
      }
      return Optional.of(out.toString());
    }
    JsonNode sub = node.get("Fn::Sub");
    if (node.size() == 1 && sub != null) {
      JsonNode text = sub.isArray() ? sub.path(0) : sub;
      return text.isTextual() ? Optional.of(text.textValue()) : Optional.empty();
    }
    return Optional.empty();
  }
}
