package dev.groundwork.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.core.Tier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the stack templates of a synthesized cloud assembly ({@code cdk.out}) by reading its
 * {@code manifest.json}, following nested assemblies (one per CDK Stage).
 */
public final class CloudAssembly {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CloudAssembly() {}

  /**
   * Every stack of the assembly at {@code dir}. The environment is the Stage's name ({@code
   * "default"} for stacks directly in the App); {@code tiers} maps it to a tier.
   */
  public static List<StackTemplate> stacks(Path dir, Function<String, Tier> tiers) {
    List<StackTemplate> out = new ArrayList<>();
    Path root = dir.toAbsolutePath().normalize();
    collect(root, root, "default", tiers, out);
    return out;
  }

  private static void collect(
      Path root, Path dir, String environment, Function<String, Tier> tiers, List<StackTemplate> out) {
    JsonNode manifest;
    try {
      manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve("manifest.json")
          + "; is this a synthesized cloud assembly (cdk.out)?", e);
    }
    Iterator<Map.Entry<String, JsonNode>> artifacts = manifest.path("artifacts").fields();
    while (artifacts.hasNext()) {
      Map.Entry<String, JsonNode> artifact = artifacts.next();
      JsonNode body = artifact.getValue();
      String type = body.path("type").asText();
      if (type.equals("aws:cloudformation:stack")) {
        String stackName = body.path("properties").path("stackName").asText(artifact.getKey());
        Path template = dir.resolve(body.path("properties").path("templateFile").asText());
        out.add(StackTemplate.read(environment, tiers.apply(environment), stackName, root, template));
      } else if (type.equals("cdk:cloud-assembly")) {
        String name = body.path("displayName").asText(artifact.getKey());
        Path nested = dir.resolve(body.path("properties").path("directoryName").asText());
        if (Files.isDirectory(nested)) {
          collect(root, nested, name, tiers, out);
        }
      }
    }
  }
}
