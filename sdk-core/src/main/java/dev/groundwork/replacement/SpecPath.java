package dev.groundwork.replacement;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.PropertyPath;
import java.util.ArrayList;
import java.util.List;

/**
 * A property path of the replacement spec: {@code .}-separated keys where {@code [*]} stands for
 * every item of a list and <code>{*}</code> for every value of a map, e.g. {@code
 * GlobalSecondaryIndexes[*].KeySchema}. Its values in a resource are compared as a whole.
 *
 * @param text the path as the spec writes it
 */
public record SpecPath(String text) {
  private static final String EVERY_ITEM = "[*]";
  private static final String EVERY_VALUE = "{*}";

  public SpecPath {
    checkArgument(text != null && !text.isBlank(), "a spec path is required");
  }

  /** Parses a path of the spec. */
  public static SpecPath parse(String text) {
    return new SpecPath(text);
  }

  /**
   * Every value the path reaches below {@code properties}, in order (absent steps, and {@code
   * AWS::NoValue}, reach nothing).
   */
  public List<JsonNode> valuesIn(JsonNode properties) {
    List<JsonNode> nodes = List.of(properties);
    for (String key : keys()) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : nodes) {
        if (key.equals(EVERY_ITEM)) {
          if (node.isArray()) {
            node.forEach(next::add);
          }
        } else if (key.equals(EVERY_VALUE)) {
          if (node.isObject()) {
            node.forEach(next::add);
          }
        } else {
          JsonNode value = PropertyPath.valueAt(node, key);
          if (!value.isMissingNode()) {
            next.add(value);
          }
        }
      }
      nodes = next;
    }
    return nodes;
  }

  private List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String part : text.replace(EVERY_ITEM, "." + EVERY_ITEM).replace(EVERY_VALUE, "." + EVERY_VALUE).split("\\.")) {
      if (!part.isEmpty()) {
        keys.add(part);
      }
    }
    return ImmutableList.copyOf(keys);
  }

  @Override
  public String toString() {
    return text;
  }
}
