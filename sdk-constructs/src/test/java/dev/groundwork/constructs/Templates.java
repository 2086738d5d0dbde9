package dev.groundwork.constructs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.core.EnvironmentProps;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformAppProps;
import dev.groundwork.core.SynthResult;
import dev.groundwork.core.SynthesizedStack;
import dev.groundwork.core.Tier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Test helper of this module (sdk-testing is not a dependency here): builds a small app with
 * one environment per tier and reads synthesized templates with Jackson.
 */
public final class Templates {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Templates() {}

  /** An app with one environment per tier, named after the tier (dev, staging, prod), in eu-west-1. */
  public static PlatformApp appWithEveryTier(Path outdir) {
    PlatformAppProps.Builder builder = PlatformAppProps.builder()
        .name("test").team("platform").costCenter("cc-0001").outdir(outdir);
    int account = 1;
    for (Tier tier : Tier.values()) {
      builder.addEnvironments(EnvironmentProps.of(tier.name().toLowerCase(Locale.ROOT),
          String.valueOf(account).repeat(12), "eu-west-1", tier));
      account++;
    }
    return new PlatformApp(builder.build());
  }

  /**
   * The template of the stack named {@code stackName}. With {@code -Dgroundwork.dumpTemplates=dir}
   * a copy is kept in {@code dir} for reading by eye.
   */
  public static Template of(SynthResult result, String stackName) {
    SynthesizedStack stack = result.stacks().stream()
        .filter(s -> s.stackName().equals(stackName)).findFirst()
        .orElseThrow(() -> new AssertionError("no stack " + stackName + " in " + result.stacks()));
    try {
      String dump = System.getProperty("groundwork.dumpTemplates");
      if (dump != null) {
        java.nio.file.Files.createDirectories(Path.of(dump));
        java.nio.file.Files.copy(stack.templatePath(), Path.of(dump, stackName + ".json"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return new Template(JSON.readTree(stack.templatePath().toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A synthesized template. */
  public record Template(JsonNode json) {

    /** Resources of {@code type} by logical id, in template order. */
    public Map<String, JsonNode> resources(String type) {
      Map<String, JsonNode> found = new LinkedHashMap<>();
      json.path("Resources").properties().forEach(e -> {
        if (e.getValue().path("Type").asText().equals(type)) {
          found.put(e.getKey(), e.getValue());
        }
      });
      return found;
    }

    /** The only resource of {@code type}; fails if there is not exactly one. */
    public JsonNode only(String type) {
      Map<String, JsonNode> found = resources(type);
      if (found.size() != 1) {
        throw new AssertionError("expected one " + type + ", found " + found.keySet());
      }
      return found.values().iterator().next();
    }

    /** The {@code Properties} of the only resource of {@code type}. */
    public JsonNode properties(String type) {
      return only(type).path("Properties");
    }

    /** Every resource, by logical id. */
    public Map<String, JsonNode> allResources() {
      Map<String, JsonNode> all = new LinkedHashMap<>();
      json.path("Resources").properties().forEach(e -> all.put(e.getKey(), e.getValue()));
      return all;
    }

    /** The text of the whole template, for "nothing like this anywhere" assertions. */
    public String text() {
      return json.toString();
    }
  }
}
