package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces every {@code {"Ref": P}} in a template's resources by the literal {@code Default} of
 * parameter {@code P}, recording where; the work behind {@link StackTemplate#withParameterDefaults()}.
 *
 * <p>Only a default that is the value itself counts: an {@code AWS::SSM::Parameter::Value<…>}
 * parameter's default names an SSM parameter, not its value, so such references stay. A list
 * parameter ({@code CommaDelimitedList}, {@code List<…>}) gives the list its default spells.
 */
final class ParameterDefaults {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, JsonNode> defaults;
  private final Map<String, List<ParameterDefault>> used = new LinkedHashMap<>();

  private ParameterDefaults(Map<String, JsonNode> defaults) {
    this.defaults = defaults;
  }

  /** The usable defaults of {@code parameters}, by parameter name. */
  static Map<String, JsonNode> of(List<Parameter> parameters) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      JsonNode value = parameter.json().path("Default");
      String type = parameter.type();
      if (!value.isValueNode() || value.isNull() || type.startsWith("AWS::SSM::Parameter::Value<")) {
        continue;
      }
      if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
        ArrayNode list = NODES.arrayNode();
        for (String item : value.asText().split(",", -1)) {
          list.add(item.strip());
        }
        out.put(parameter.name(), list);
      } else {
        out.put(parameter.name(), value);
      }
    }
    return out;
  }

  /**
   * The {@code Resources} section with the references replaced, or {@code null} when none was;
   * {@code used} receives, by logical id, what was replaced where.
   */
  static JsonNode replaceIn(JsonNode resources, Map<String, JsonNode> defaults,
      Map<String, List<ParameterDefault>> used) {
    ParameterDefaults replacer = new ParameterDefaults(defaults);
    ObjectNode out = NODES.objectNode();
    boolean changed = false;
    Iterator<Map.Entry<String, JsonNode>> fields = resources.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> resource = fields.next();
      List<ParameterDefault> found = new ArrayList<>();
      JsonNode replaced = replacer.replace(resource.getValue(), new StringBuilder(), found);
      out.set(resource.getKey(), replaced);
      if (!found.isEmpty()) {
        changed = true;
        used.put(resource.getKey(), List.copyOf(found));
      }
    }
    return changed ? out : null;
  }

  /** {@code node} with its references replaced; the same instance when it holds none. */
  private JsonNode replace(JsonNode node, StringBuilder path, List<ParameterDefault> found) {
    if (node.isObject()) {
      JsonNode ref = node.size() == 1 ? node.get("Ref") : null;
      if (ref != null && ref.isTextual() && defaults.containsKey(ref.textValue())) {
        JsonNode value = defaults.get(ref.textValue());
        found.add(new ParameterDefault(path.toString(), ref.textValue(), value));
        return value;
      }
      ObjectNode copy = null;
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        int length = path.length();
        path.append(length == 0 ? "" : ".").append(field.getKey());
        JsonNode replaced = replace(field.getValue(), path, found);
        path.setLength(length);
        if (replaced != field.getValue() && copy == null) {
          copy = ((ObjectNode) node).deepCopy();
        }
        if (copy != null) {
          copy.set(field.getKey(), replaced);
        }
      }
      return copy != null ? copy : node;
    }
    if (node.isArray()) {
      ArrayNode copy = null;
      for (int i = 0; i < node.size(); i++) {
        int length = path.length();
        path.append('[').append(i).append(']');
        JsonNode replaced = replace(node.get(i), path, found);
        path.setLength(length);
        if (replaced != node.get(i) && copy == null) {
          copy = ((ArrayNode) node).deepCopy();
        }
        if (copy != null) {
          copy.set(i, replaced);
        }
      }
      return copy != null ? copy : node;
    }
    return node;
  }
}
