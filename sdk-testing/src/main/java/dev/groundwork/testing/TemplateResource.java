package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.testing.internal.Json;
import dev.groundwork.testing.internal.References;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One resource of a {@link StackTemplate}: its logical id, type, body and where it came from. */
public final class TemplateResource {
  private final StackTemplate stack;
  private final String logicalId;
  private final JsonNode json;

  TemplateResource(StackTemplate stack, String logicalId, JsonNode json) {
    this.stack = stack;
    this.logicalId = logicalId;
    this.json = json;
  }

  public StackTemplate stack() {
    return stack;
  }

  public String logicalId() {
    return logicalId;
  }

  /** The CloudFormation type, e.g. {@code AWS::S3::Bucket}. */
  public String type() {
    return json.path("Type").asText();
  }

  /** The resource as written in the template ({@code Type}, {@code Properties}, policies, …). */
  public JsonNode json() {
    return json;
  }

  /** {@code Properties}; a missing node when the resource has none. */
  public JsonNode properties() {
    return json.path("Properties");
  }

  /**
   * The property at a path below {@code Properties}, e.g.
   * {@code VersioningConfiguration.Status} or {@code Tags[0].Key}; missing when absent.
   */
  public JsonNode property(String path) {
    return Json.at(properties(), path);
  }

  /** The construct path, from {@code Metadata."aws:cdk:path"} or the stack's metadata file. */
  public Optional<String> constructPath() {
    JsonNode path = json.path("Metadata").path("aws:cdk:path");
    return path.isTextual() ? Optional.of(path.asText()) : stack.constructPathOf(logicalId);
  }

  /**
   * Whether {@code idOrPath} names this resource: its logical id, its construct path, or the
   * path of the construct that owns it (the path without a trailing {@code /Resource} or
   * {@code /Default}).
   */
  public boolean isNamed(String idOrPath) {
    if (logicalId.equals(idOrPath)) {
      return true;
    }
    return constructPath().map(p -> p.equals(idOrPath) || p.equals(idOrPath + "/Resource")
        || p.equals(idOrPath + "/Default")).orElse(false);
  }

  /** {@code DeletionPolicy}, when set. */
  public Optional<String> deletionPolicy() {
    return text(json.path("DeletionPolicy"));
  }

  /** {@code UpdateReplacePolicy}, when set. */
  public Optional<String> updateReplacePolicy() {
    return text(json.path("UpdateReplacePolicy"));
  }

  /**
   * The tags in {@code Properties.Tags}, as a list of {@code Key}/{@code Value} pairs or a map;
   * a value that is an intrinsic function is given as compact JSON.
   */
  public Map<String, String> tags() {
    JsonNode tags = properties().path("Tags");
    Map<String, String> result = new LinkedHashMap<>();
    if (tags.isArray()) {
      for (JsonNode tag : tags) {
        if (tag.path("Key").isTextual()) {
          result.put(tag.path("Key").asText(), valueText(tag.path("Value")));
        }
      }
    } else if (tags.isObject()) {
      tags.properties().forEach(e -> result.put(e.getKey(), valueText(e.getValue())));
    }
    return ImmutableMap.copyOf(result);
  }

  /** Logical ids this resource refers to through {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub}. */
  public Set<String> references() {
    return References.in(json);
  }

  /** {@code DependsOn}, as logical ids. */
  public Set<String> dependsOn() {
    JsonNode node = json.path("DependsOn");
    Set<String> ids = new java.util.LinkedHashSet<>();
    if (node.isTextual()) {
      ids.add(node.asText());
    } else {
      node.forEach(n -> ids.add(n.asText()));
    }
    return ids;
  }

  /**
   * How failure messages name this resource:
   * {@code AWS::S3::Bucket 'DocumentsBucket089EA665' at 'prod/data/Documents/Bucket/Resource' in stack 'orders-prod-data' (environment prod)}.
   */
  public String describe() {
    return type() + " '" + logicalId + "'" + constructPath().map(p -> " at '" + p + "'").orElse("")
        + " in " + stack.describe();
  }

  @Override
  public String toString() {
    return describe();
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }

  private static String valueText(JsonNode value) {
    return value.isValueNode() ? value.asText() : Json.compact(value);
  }
}
