package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML template into the same JSON tree a JSON template gives, turning CloudFormation's
 * short-form tags into their long form: {@code !Ref X} into {@code {"Ref": "X"}}, {@code !GetAtt
 * a.b} into {@code {"Fn::GetAtt": ["a", "b"]}}, {@code !Condition C} into {@code {"Condition":
 * "C"}} and every other {@code !Name v} into {@code {"Fn::Name": v}}.
 *
 * <p>It works on SnakeYAML's node graph rather than constructed objects, so every value keeps
 * its explicit tag and its line. A tag CloudFormation does not know and a key given twice in
 * one mapping are errors with their line, as CloudFormation rejects both; scalars are typed as
 * YAML 1.1 resolves them (as CloudFormation reads YAML), except timestamps, which stay text
 * (so {@code AWSTemplateFormatVersion: 2010-09-09} reads as written).
 */
final class CloudFormationYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The short-form functions CloudFormation documents besides Ref, GetAtt and Condition. */
  private static final Set<String> FUNCTIONS = Set.of("Base64", "Cidr", "FindInMap", "GetAZs",
      "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not",
      "Or", "Length", "ToJsonString", "ForEach");
  private static final int MAX_SIZE = 64 * 1024 * 1024;
  private static final int MAX_NESTING = 400;

  private static final Resolver RESOLVER = new Resolver();

  private final String file;

  private CloudFormationYaml(String file) {
    this.file = file;
  }

  /**
   * The template in {@code text}.
   *
   * @throws UnreadableTemplateException naming {@code file}, the line and the reason
   */
  static JsonNode read(String file, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_SIZE);
    options.setNestingDepthLimit(MAX_NESTING);
    Node root;
    try {
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new UnreadableTemplateException(file, mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + problem.strip(), e);
    } catch (YAMLException e) {
      throw new UnreadableTemplateException(file, 0, 0, "not valid YAML: " + e.getMessage(), e);
    }
    if (root == null) {
      throw new UnreadableTemplateException(file, 0, 0, "the file is empty", null);
    }
    CloudFormationYaml reader = new CloudFormationYaml(file);
    return reader.convert(root);
  }

  private JsonNode convert(Node node) {
    String tag = node.getTag().getValue();
    if (tag.startsWith("!")) {
      return function(tag.substring(1), node);
    }
    return plain(node);
  }

  private JsonNode plain(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar, scalar.getTag().getValue().startsWith("!") && scalar.isPlain()
          ? RESOLVER.resolve(NodeId.scalar, scalar.getValue(), true) : scalar.getTag());
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode(sequence.getValue().size());
      sequence.getValue().forEach(item -> array.add(convert(item)));
      return array;
    }
    return mapping((MappingNode) node);
  }

  private JsonNode function(String name, Node node) {
    switch (name) {
      case "Ref", "Condition" -> {
        return NODES.objectNode().set(name, text(name, node));
      }
      case "GetAtt" -> {
        if (node instanceof ScalarNode scalar) {
          String value = scalar.getValue();
          int dot = value.indexOf('.');
          ArrayNode parts = NODES.arrayNode();
          parts.add(dot < 0 ? value : value.substring(0, dot));
          if (dot >= 0) {
            parts.add(value.substring(dot + 1));
          }
          return NODES.objectNode().set("Fn::GetAtt", parts);
        }
        return NODES.objectNode().set("Fn::GetAtt", plain(node));
      }
      default -> {
        if (!FUNCTIONS.contains(name)) {
          throw error(node, "unknown tag !" + name + "; CloudFormation's short forms are !Ref, !GetAtt, "
              + "!Condition and !" + String.join(", !", FUNCTIONS.stream().sorted().toList()));
        }
        return NODES.objectNode().set("Fn::" + name, plain(node));
      }
    }
  }

  private JsonNode text(String name, Node node) {
    if (!(node instanceof ScalarNode scalar)) {
      throw error(node, "!" + name + " takes a name, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
    }
    return NODES.textNode(scalar.getValue());
  }

  private JsonNode mapping(MappingNode mapping) {
    ObjectNode object = NODES.objectNode();
    Map<String, Node> seen = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (keyNode.getTag().equals(Tag.MERGE)) {
        merge(object, tuple.getValueNode());
        continue;
      }
      if (!(keyNode instanceof ScalarNode key)) {
        throw error(keyNode, "a key must be a name, not a list or mapping");
      }
      Node first = seen.putIfAbsent(key.getValue(), keyNode);
      if (first != null) {
        throw error(keyNode, "duplicate key '" + key.getValue() + "' (first at line "
            + (first.getStartMark().getLine() + 1) + ")");
      }
      object.set(key.getValue(), convert(tuple.getValueNode()));
    }
    return object;
  }

  /** A YAML merge key ({@code <<: *base}): the merged keys the mapping does not set itself. */
  private void merge(ObjectNode into, Node merged) {
    List<Node> sources = merged instanceof SequenceNode list ? list.getValue() : List.of(merged);
    for (Node source : sources) {
      JsonNode value = convert(source);
      if (!value.isObject()) {
        throw error(source, "a merge key (<<) takes a mapping or a list of mappings");
      }
      value.fields().forEachRemaining(e -> {
        if (!into.has(e.getKey())) {
          into.set(e.getKey(), e.getValue());
        }
      });
    }
  }

  /**
   * A scalar typed by {@code tag}: its own, or for the argument of a short form ({@code !Base64
   * 8080}), which YAML leaves untyped, the type YAML gives the same plain scalar without a tag, so
   * the short and the long form read alike.
   */
  private static JsonNode scalar(ScalarNode scalar, Tag tag) {
    String value = scalar.getValue();
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      String lower = value.toLowerCase(java.util.Locale.ROOT);
      return NODES.booleanNode(lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
    }
    if (tag.equals(Tag.INT)) {
      String digits = value.replace("_", "");
      try {
        BigInteger number = digits.startsWith("0x") || digits.startsWith("-0x")
            ? new BigInteger(digits.replaceFirst("0x", ""), 16) : new BigInteger(digits);
        return number.bitLength() < 64 ? NODES.numberNode(number.longValue()) : NODES.numberNode(number);
      } catch (NumberFormatException e) {
        return NODES.textNode(value);
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return NODES.numberNode(new java.math.BigDecimal(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return NODES.textNode(value);
      }
    }
    return NODES.textNode(value);
  }

  private UnreadableTemplateException error(Node node, String reason) {
    Mark mark = node.getStartMark();
    return new UnreadableTemplateException(file, mark.getLine() + 1, mark.getColumn() + 1, reason, null);
  }
}
