package dev.groundwork.policy.rules.controltower;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The template fixtures of one control, read from {@code controltower/fixtures/<control>.json}:
 * an object of named cases, each a template ({@code Resources}, optionally {@code Parameters})
 * and the verdict it is written to get ({@code "expect": "PASS" | "FAIL" | "SKIP"}). Every
 * evaluated resource type also gets a case without {@code Properties}, with no expectation: the
 * two implementations only have to agree on it.
 *
 * @param controlId the control, e.g. {@code CT.S3.PR.1}
 * @param cases the cases by name, in file order
 */
record ControlFixtures(String controlId, List<Case> cases) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One fixture.
   *
   * @param name the case's name (its file name, without {@code .json})
   * @param expect the verdict it is written to get; empty for a generated case
   * @param template the template written for cfn-guard and read by the Java rule
   */
  record Case(String name, Optional<String> expect, ObjectNode template) {}

  /** The fixtures of {@code controlId}, plus one case per type without properties. */
  static ControlFixtures load(String controlId, List<String> resourceTypes) {
    String resource = "/controltower/fixtures/" + controlId + ".json";
    try (InputStream in = ControlFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no fixtures for " + controlId + " at src/test/resources" + resource);
      }
      List<Case> cases = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> entries = JSON.readTree(in).fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        ObjectNode template = JSON.createObjectNode().put("AWSTemplateFormatVersion", "2010-09-09");
        entry.getValue().fields().forEachRemaining(f -> {
          if (!f.getKey().equals("expect")) {
            template.set(f.getKey(), f.getValue());
          }
        });
        cases.add(new Case(entry.getKey(),
            Optional.of(entry.getValue().path("expect").asText()), template));
      }
      for (String type : resourceTypes) {
        ObjectNode template = JSON.createObjectNode().put("AWSTemplateFormatVersion", "2010-09-09");
        template.putObject("Resources").putObject("Bare").put("Type", type);
        cases.add(new Case("generated-" + type.replace("::", "-").toLowerCase() + "-without-properties",
            Optional.empty(), template));
      }
      return new ControlFixtures(controlId, cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every case as {@code <name>.json} into a fresh {@code directory}. */
  Path writeTo(Path directory) {
    try {
      if (Files.exists(directory)) {
        try (Stream<Path> old = Files.list(directory)) {
          for (Path file : old.toList()) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(directory);
      for (Case c : cases) {
        JSON.writeValue(directory.resolve(c.name() + ".json").toFile(), c.template());
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
