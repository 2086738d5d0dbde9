package dev.groundwork.benchmarks.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * A generated template written as YAML the way people write it by hand: block mappings and
 * sequences, intrinsics in CloudFormation's short form ({@code !Ref}, {@code !GetAtt a.b},
 * {@code !Sub}, ...), so the benchmark times what {@code groundwork check} reads.
 */
final class YamlText {
  private static final ObjectMapper JSON = new ObjectMapper();

  private YamlText() {}

  /** The template {@code json} in YAML. */
  static String of(String json) {
    try {
      StringBuilder out = new StringBuilder();
      entries(JSON.readTree(json), 0, out);
      return out.toString();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void entries(JsonNode object, int indent, StringBuilder out) {
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      out.append(" ".repeat(indent)).append(quote(field.getKey())).append(':');
      value(field.getValue(), indent, out);
    }
  }

  private static void value(JsonNode node, int indent, StringBuilder out) {
    if (node.isObject() && node.size() == 1) {
      Map.Entry<String, JsonNode> only = node.fields().next();
      String key = only.getKey();
      JsonNode argument = only.getValue();
      if (key.equals("Ref") && argument.isTextual()) {
        out.append(" !Ref ").append(quote(argument.textValue())).append('\n');
        return;
      }
      if (key.equals("Fn::GetAtt") && argument.isArray() && argument.size() == 2) {
        out.append(" !GetAtt ").append(quote(argument.get(0).asText() + "." + argument.get(1).asText())).append('\n');
        return;
      }
      if (key.startsWith("Fn::") && (argument.isValueNode() || argument.isArray())) {
        out.append(" !").append(key.substring(4));
        node = argument;
      }
    }
    if (node.isValueNode() || node.isEmpty()) {
      out.append(' ').append(node.isTextual() ? quote(node.textValue()) : node.isEmpty() && node.isArray() ? "[]"
          : node.isEmpty() && node.isObject() ? "{}" : node.toString()).append('\n');
      return;
    }
    out.append('\n');
    if (node.isObject()) {
      entries(node, indent + 2, out);
    } else {
      for (JsonNode item : node) {
        out.append(" ".repeat(indent + 2)).append('-');
        value(item, indent + 4, out);
      }
    }
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
