package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.testing.internal.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The policy report synthesis writes next to the cloud assembly
 * ({@code <assembly>/groundwork-report.json}), read as plain JSON so tests do not depend on the
 * engine's classes.
 *
 * <p>Shape read (the policy engine's {@code JsonReport}; parsed in this one place, so a change
 * of the format is one edit here):
 * <pre>{@code
 * { "summary":    { "passed", "errors", "warnings", "info", "suppressed", "unknown", … },
 *   "findings":   [ { "rule", "severity", "environment", "stack", "template", "logicalId",
 *                     "constructPath", "propertyPath", "message", "remediation", "documentation" } ],
 *   "suppressed": [ { …the finding's fields…, "reason", "scope", "until"? } ],
 *   "unknown":    [ { "rule", "environment", "stack", "logicalId", "constructPath", "reason" } ] }
 * }</pre>
 */
public final class PolicyReport {
  /** The report's file name in the assembly directory. */
  public static final String FILE_NAME = "groundwork-report.json";

  private final Path file;
  private final JsonNode json;
  private final ImmutableList<ReportFinding> findings;
  private final ImmutableList<ReportSuppression> suppressed;
  private final ImmutableList<ReportFinding> unknowns;

  private PolicyReport(Path file, JsonNode json) {
    this.file = file;
    this.json = json;
    this.findings = parseFindings(json.path("findings"));
    ImmutableList.Builder<ReportSuppression> list = ImmutableList.builder();
    for (JsonNode s : json.path("suppressed")) {
      list.add(new ReportSuppression(ReportFinding.parse(s), s.path("reason").asText(),
          s.path("scope").asText(), text(s.path("until")), s));
    }
    this.suppressed = list.build();
    this.unknowns = parseFindings(json.path("unknown"));
  }

  /** Reads {@value #FILE_NAME} from an assembly directory. */
  public static PolicyReport read(Path assemblyDirectory) {
    Path file = assemblyDirectory.resolve(FILE_NAME);
    if (!Json.exists(file)) {
      throw new IllegalStateException("no policy report at " + file + ": synthesis wrote none. "
          + "The report is written when the app's policy checks run during synth.");
    }
    return new PolicyReport(file, Json.read(file));
  }

  /** Reads a report from JSON text (for tests of the report assertions). */
  public static PolicyReport fromJson(String json) {
    return new PolicyReport(Path.of(FILE_NAME), Json.parse(json));
  }

  static Optional<PolicyReport> readIfPresent(Path assemblyDirectory) {
    return Json.exists(assemblyDirectory.resolve(FILE_NAME))
        ? Optional.of(read(assemblyDirectory)) : Optional.empty();
  }

  /** Where the report was read from. */
  public Path file() {
    return file;
  }

  /** The report as written. */
  public JsonNode json() {
    return json;
  }

  /** Findings that were not suppressed. */
  public ImmutableList<ReportFinding> findings() {
    return findings;
  }

  /** Findings silenced by a suppression, with its reason. */
  public ImmutableList<ReportSuppression> suppressed() {
    return suppressed;
  }

  /**
   * Rule evaluations that could not decide (a value was an unresolved intrinsic); the reason
   * is in {@link ReportFinding#message()}.
   */
  public ImmutableList<ReportFinding> unknowns() {
    return unknowns;
  }

  /** Unsuppressed findings of severity {@code ERROR}. */
  public List<ReportFinding> errors() {
    return findings.stream().filter(f -> f.severity().equals("ERROR")).toList();
  }

  private static ImmutableList<ReportFinding> parseFindings(JsonNode array) {
    ImmutableList.Builder<ReportFinding> list = ImmutableList.builder();
    array.forEach(f -> list.add(ReportFinding.parse(f)));
    return list.build();
  }

  static Optional<String> text(JsonNode node) {
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }
}
