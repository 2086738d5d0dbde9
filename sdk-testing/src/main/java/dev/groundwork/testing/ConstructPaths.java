package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.testing.internal.Json;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads logical id → construct path from the {@code *.metadata.json} CDK writes beside a template. */
final class ConstructPaths {
  private static final String TEMPLATE_SUFFIX = ".template.json";

  private ConstructPaths() {}

  static Map<String, String> besideTemplate(Path templateFile) {
    String name = templateFile.getFileName().toString();
    if (!name.endsWith(TEMPLATE_SUFFIX)) {
      return Map.of();
    }
    Path metadata = templateFile.resolveSibling(
        name.substring(0, name.length() - TEMPLATE_SUFFIX.length()) + ".metadata.json");
    if (!Json.exists(metadata)) {
      return Map.of();
    }
    Map<String, String> paths = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : Json.read(metadata).properties()) {
      for (JsonNode item : entry.getValue()) {
        if ("aws:cdk:logicalId".equals(item.path("type").asText()) && item.path("data").isTextual()) {
          String path = entry.getKey().startsWith("/") ? entry.getKey().substring(1) : entry.getKey();
          paths.put(item.path("data").asText(), path);
        }
      }
    }
    return paths;
  }
}
