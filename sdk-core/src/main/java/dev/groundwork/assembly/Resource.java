package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One resource of a {@link StackTemplate}, as CloudFormation will receive it: logical id, type,
 * properties, policies, metadata, and where it came from (its construct path and stack).
 *
 * <p>{@link #property(String)} returns a missing node for absent properties and for
 * {@code {"Ref": "AWS::NoValue"}}, so callers read values without null checks.
 */
public final class Resource implements TemplateElement {

  /** Metadata key CDK writes the construct path under. */
  public static final String CDK_PATH = "aws:cdk:path";

  private final StackTemplate stack;
  private final String logicalId;
  private final String type;
  private final JsonNode json;

  Resource(StackTemplate stack, String logicalId, JsonNode json) {
    this.stack = stack;
    this.logicalId = logicalId;
    this.json = json;
    this.type = json.path("Type").asText("");
  }

  /** The stack this resource belongs to. */
  public StackTemplate stack() {
    return stack;
  }

  @Override
  public String logicalId() {
    return logicalId;
  }

  /** The CloudFormation type, e.g. {@code AWS::S3::Bucket}. */
  public String type() {
    return type;
  }

  /** The resource as written in the template ({@code Type}, {@code Properties}, policies, ...). */
  public JsonNode json() {
    return json;
  }

  /** The {@code Properties} object, or a missing node. */
  public JsonNode properties() {
    return json.path("Properties");
  }

  /**
   * The property at {@code path} below {@code Properties} (a name such as {@code Tags}, or a
   * {@link PropertyPath} such as {@code VersioningConfiguration.Status}); a missing node when
   * absent or {@code AWS::NoValue}.
   */
  public JsonNode property(String path) {
    return PropertyPath.valueAt(properties(), path);
  }

  @Override
  public JsonNode metadata() {
    return json.path("Metadata");
  }

  public Optional<String> deletionPolicy() {
    return Intrinsics.text(json.get("DeletionPolicy"));
  }

  public Optional<String> updateReplacePolicy() {
    return Intrinsics.text(json.get("UpdateReplacePolicy"));
  }

  /** The name of the template condition guarding this resource, if any. */
  public Optional<String> condition() {
    return Intrinsics.text(json.get("Condition"));
  }

  /** {@code DependsOn}, as logical ids. */
  public Set<String> dependsOn() {
    JsonNode node = json.path("DependsOn");
    Set<String> ids = new LinkedHashSet<>();
    if (node.isTextual()) {
      ids.add(node.textValue());
    } else {
      node.forEach(n -> ids.add(n.asText()));
    }
    return ImmutableSet.copyOf(ids);
  }

  /**
   * The construct path: {@code Metadata["aws:cdk:path"]} when synthesis wrote it, else the
   * {@code aws:cdk:logicalId} entry of the stack's {@code *.metadata.json}; without the leading
   * slash, e.g. {@code prod/data/Documents/Bucket/Resource}.
   */
  @Override
  public Optional<String> constructPath() {
    JsonNode path = json.path("Metadata").get(CDK_PATH);
    return path != null && path.isTextual() ? Optional.of(path.textValue()) : stack.constructPathOf(logicalId);
  }

  /** Logical ids this resource refers to through {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub}. */
  public Set<String> references() {
    return Intrinsics.references(json);
  }

  /**
   * The property that holds the tags: {@code Tags}, or for the few types that name it after
   * themselves (AWS Backup's {@code BackupVaultTags}, {@code BackupPlanTags}) that name.
   */
  public String tagsPropertyName() {
    String own = type().substring(type().lastIndexOf(':') + 1) + "Tags";
    return property("Tags").isMissingNode() && !property(own).isMissingNode() ? own : "Tags";
  }

  /**
   * The tags in {@code Properties.Tags} (see {@link #tagsPropertyName()}), as a list of
   * {@code Key}/{@code Value} pairs or a map; a value that is an intrinsic function is given as
   * compact JSON.
   */
  public Map<String, String> tags() {
    JsonNode tags = property(tagsPropertyName());
    Map<String, String> result = new LinkedHashMap<>();
    if (tags.isArray()) {
      for (JsonNode tag : tags) {
        if (tag.path("Key").isTextual()) {
          result.put(tag.path("Key").textValue(), valueText(tag.path("Value")));
        }
      }
    } else if (tags.isObject() && !Intrinsics.isIntrinsic(tags)) {
      tags.fields().forEachRemaining(e -> result.put(e.getKey(), valueText(e.getValue())));
    }
    return ImmutableMap.copyOf(result);
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

  /**
   * How messages name this resource:
   * {@code AWS::S3::Bucket 'DocumentsBucket089EA665' at 'prod/data/Documents/Bucket/Resource' in stack 'orders-prod-data' (environment prod)}.
   */
  public String describe() {
    return type + " '" + logicalId + "'" + constructPath().map(p -> " at '" + p + "'").orElse("")
        + " in " + stack.describe();
  }

  @Override
  public String toString() {
    return describe();
  }

  private static String valueText(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
