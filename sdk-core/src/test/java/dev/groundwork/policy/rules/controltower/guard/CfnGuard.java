package dev.groundwork.policy.rules.controltower.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code cfn-guard validate} once over a rule file or directory and a template file or
 * directory, and reads its JSON output: one object per (rule file, template) pair.
 */
public final class CfnGuard {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RESOURCE = Pattern.compile("^/Resources/([^/]+)");

  private final Path binary;

  public CfnGuard(Path binary) {
    this.binary = binary;
  }

  /** cfn-guard of the pinned package. */
  public static CfnGuard packaged() {
    return new CfnGuard(GuardPackage.get().cfnGuard());
  }

  /** Every guard rule's verdict on every template: {@code rules} × {@code templates}. */
  public List<GuardVerdict> validate(Path rules, Path templates) {
    try {
      Path out = Files.createTempFile("cfn-guard", ".json");
      Path err = Files.createTempFile("cfn-guard", ".err");
      try {
        Process process = new ProcessBuilder(binary.toString(), "validate", "-r", rules.toString(),
            "-d", templates.toString(), "-o", "json", "--show-summary", "none")
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = process.waitFor();
        // 0: all passed or skipped; 19: some rule failed. Anything else is cfn-guard's own error.
        if (status != 0 && status != 19) {
          throw new IllegalStateException("cfn-guard exited " + status + " on " + rules + " and "
              + templates + ": " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return parse(out);
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<GuardVerdict> parse(Path output) throws IOException {
    List<GuardVerdict> verdicts = new ArrayList<>();
    try (MappingIterator<JsonNode> objects = JSON.readerFor(JsonNode.class).readValues(output.toFile())) {
      while (objects.hasNext()) {
        JsonNode report = objects.next();
        String template = report.path("name").asText();
        Set<String> failing = new LinkedHashSet<>();
        List<String> failed = new ArrayList<>();
        for (JsonNode rule : report.path("not_compliant")) {
          failed.add(rule.path("Rule").path("name").asText());
          collectResources(rule, failing);
        }
        Set<String> names = new LinkedHashSet<>(failed);
        report.path("compliant").forEach(n -> names.add(n.asText()));
        report.path("not_applicable").forEach(n -> names.add(n.asText()));
        for (String name : names) {
          GuardVerdict.Status status = failed.contains(name) ? GuardVerdict.Status.FAIL
              : contains(report.path("compliant"), name) ? GuardVerdict.Status.PASS
              : GuardVerdict.Status.SKIP;
          verdicts.add(new GuardVerdict(template, name, status,
              status == GuardVerdict.Status.FAIL ? failing : Set.of()));
        }
      }
    }
    return verdicts;
  }

  private static boolean contains(JsonNode names, String name) {
    for (JsonNode n : names) {
      if (n.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Every resource a failure's clauses traversed to ({@code "path": "/Resources/<id>/..."}). */
  private static void collectResources(JsonNode node, Set<String> sink) {
    if (node.isObject()) {
      JsonNode path = node.get("path");
      if (path != null && path.isTextual()) {
        Matcher m = RESOURCE.matcher(path.textValue());
        if (m.find()) {
          sink.add(m.group(1));
        }
      }
      node.forEach(child -> collectResources(child, sink));
    } else if (node.isArray()) {
      node.forEach(child -> collectResources(child, sink));
    }
  }
}
