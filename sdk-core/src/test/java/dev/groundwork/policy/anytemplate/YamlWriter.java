package dev.groundwork.policy.anytemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Writes a template tree as YAML the way people write it: block style with some flow
 * collections, and intrinsics in CloudFormation's short form ({@code !Ref}, {@code !GetAtt a.b},
 * {@code !If [...]}) or, at random, in their long form. Reading the text back must give the tree.
 */
final class YamlWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SHORT_FORMS = Set.of("Base64", "Cidr", "FindInMap", "GetAZs",
      "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or",
      "Length", "ToJsonString");

  private final Random random;
  private final StringBuilder out = new StringBuilder();

  private YamlWriter(long seed) {
    this.random = new Random(seed);
  }

  /** {@code tree} as YAML; the same seed writes the same text. */
  static String write(JsonNode tree, long seed) {
    YamlWriter writer = new YamlWriter(seed);
    writer.out.append("# generated from seed ").append(seed).append('\n');
    writer.entries(tree, 0);
    return writer.out.toString();
  }

  private record Tagged(String tag, JsonNode argument) {}

  private Optional<Tagged> shortForm(JsonNode node) {
    if (!node.isObject() || node.size() != 1 || random.nextInt(4) == 0) {
      return Optional.empty();
    }
    Map.Entry<String, JsonNode> only = node.fields().next();
    String key = only.getKey();
    JsonNode argument = only.getValue();
    if ((key.equals("Ref") || key.equals("Condition")) && argument.isTextual()) {
      return Optional.of(new Tagged(key, argument));
    }
    if (key.equals("Fn::GetAtt")) {
      if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual() && argument.get(1).isTextual()
          && !argument.get(0).textValue().contains(".")) {
        return Optional.of(new Tagged("GetAtt", JSON.getNodeFactory().textNode(
            argument.get(0).textValue() + "." + argument.get(1).textValue())));
      }
      return argument.isArray() ? Optional.of(new Tagged("GetAtt", argument)) : Optional.empty();
    }
    if (key.startsWith("Fn::") && SHORT_FORMS.contains(key.substring(4))) {
      return Optional.of(new Tagged(key.substring(4), argument));
    }
    return Optional.empty();
  }

  private void entries(JsonNode object, int indent) {
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      out.append(" ".repeat(indent)).append(quote(field.getKey())).append(':');
      value(field.getValue(), indent);
    }
  }

  /**
   * A value after {@code key:} or {@code -} at {@code indent}. A node takes one tag, so the
   * argument of a short form is written without one at its top (YAML has no {@code !ImportValue
   * !Sub x}; CloudFormation's documentation says the same).
   */
  private void value(JsonNode node, int indent) {
    Optional<Tagged> tagged = shortForm(node);
    if (tagged.isPresent()) {
      out.append(" !").append(tagged.get().tag());
      node = tagged.get().argument();
    }
    if (node.isValueNode() || node.isEmpty() || (indent >= 6 && random.nextInt(3) == 0)) {
      out.append(' ').append(flow(node, tagged.isEmpty())).append('\n');
      return;
    }
    out.append('\n');
    if (node.isObject()) {
      entries(node, indent + 2);
    } else {
      for (JsonNode item : node) {
        out.append(" ".repeat(indent + 2)).append('-');
        value(item, indent + 4);
      }
    }
  }

  private String flow(JsonNode node) {
    return flow(node, true);
  }

  private String flow(JsonNode node, boolean mayTag) {
    Optional<Tagged> tagged = mayTag ? shortForm(node) : Optional.empty();
    if (tagged.isPresent()) {
      return "!" + tagged.get().tag() + " " + flow(tagged.get().argument(), false);
    }
    if (node.isTextual()) {
      return quote(node.textValue());
    }
    if (node.isValueNode()) {
      return node.toString();
    }
    StringBuilder text = new StringBuilder(node.isObject() ? "{" : "[");
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    boolean first = true;
    if (node.isObject()) {
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        text.append(first ? "" : ", ").append(quote(field.getKey())).append(": ").append(flow(field.getValue()));
        first = false;
      }
    } else {
      for (JsonNode item : node) {
        text.append(first ? "" : ", ").append(flow(item));
        first = false;
      }
    }
    return text.append(node.isObject() ? "}" : "]").toString();
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
