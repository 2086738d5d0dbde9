package dev.groundwork.constructs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stacks each stack of an environment depends on, by CloudFormation name, as CDK recorded
 * them in the environment's nested manifest ({@code assembly-<environment>/manifest.json}): a
 * cross-stack reference makes its consumer depend on its producer, which deploys first.
 */
public final class StackDependencies {
  private StackDependencies() {}

  /** Stack name → the stack names it depends on, for every stack of {@code environment}. */
  public static Map<String, Set<String>> of(SynthesizedApp app, String environment) {
    Path manifest = app.assemblyDirectory().resolve("assembly-" + environment).resolve("manifest.json");
    JsonNode artifacts;
    try {
      artifacts = StackTemplate.parse(Files.readString(manifest)).path("artifacts");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> stackNames = new LinkedHashMap<>();
    artifacts.properties().forEach(a -> {
      if (a.getValue().path("type").asText().equals("aws:cloudformation:stack")) {
        stackNames.put(a.getKey(), a.getValue().path("properties").path("stackName").asText());
      }
    });
    Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    stackNames.forEach((id, name) -> {
      Set<String> on = new TreeSet<>();
      artifacts.path(id).path("dependencies").forEach(d -> {
        if (stackNames.containsKey(d.asText())) {
          on.add(stackNames.get(d.asText()));
        }
      });
      dependencies.put(name, on);
    });
    return dependencies;
  }
}
