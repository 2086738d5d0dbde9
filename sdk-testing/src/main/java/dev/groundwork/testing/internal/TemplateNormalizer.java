package dev.groundwork.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what changes between CDK versions or builds without the infrastructure changing, so
 * a golden template only differs when the infrastructure does:
 * <ul>
 *   <li>asset hashes (64 hex digits, in S3 keys, image tags, metadata) become {@code <asset-hash>};
 *   <li>the {@code AWS::CDK::Metadata} resource (it carries the CDK version) and its condition go;
 *   <li>the {@code BootstrapVersion} parameter and {@code CheckBootstrapVersion} rule, whose text
 *       names the bootstrap version the CDK release requires, go;
 *   <li>{@code aws:asset:*} and {@code aws:cdk:creationStack} resource metadata go.
 * </ul>
 * Logical ids, construct paths and every property stay.
 */
public final class TemplateNormalizer {
  private static final Pattern ASSET_HASH = Pattern.compile("[0-9a-f]{64}");
  public static final String HASH_PLACEHOLDER = "<asset-hash>";

  private TemplateNormalizer() {}

  /** A normalised copy of {@code template}. */
  public static JsonNode normalise(JsonNode template) {
    JsonNode copy = template.deepCopy();
    if (copy instanceof ObjectNode root) {
      removeFrom(root, "Resources", "CDKMetadata");
      removeFrom(root, "Conditions", "CDKMetadataAvailable");
      removeFrom(root, "Parameters", "BootstrapVersion");
      removeFrom(root, "Rules", "CheckBootstrapVersion");
      root.path("Resources").forEach(resource -> {
        if (resource.path("Metadata") instanceof ObjectNode metadata) {
          List<String> volatileKeys = new ArrayList<>();
          metadata.fieldNames().forEachRemaining(k -> {
            if (k.startsWith("aws:asset:") || k.equals("aws:cdk:creationStack")) {
              volatileKeys.add(k);
            }
          });
          metadata.remove(volatileKeys);
          if (metadata.isEmpty()) {
            ((ObjectNode) resource).remove("Metadata");
          }
        }
      });
    }
    return replaceHashes(copy);
  }

  private static void removeFrom(ObjectNode root, String section, String key) {
    if (root.path(section) instanceof ObjectNode node) {
      node.remove(key);
      if (node.isEmpty()) {
        root.remove(section);
      }
    }
  }

  private static JsonNode replaceHashes(JsonNode node) {
    if (node.isTextual()) {
      String text = node.asText();
      return ASSET_HASH.matcher(text).find()
          ? TextNode.valueOf(ASSET_HASH.matcher(text).replaceAll(HASH_PLACEHOLDER)) : node;
    }
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : List.copyOf(object.properties())) {
        object.set(e.getKey(), replaceHashes(e.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, replaceHashes(array.get(i)));
      }
    }
    return node;
  }
}
