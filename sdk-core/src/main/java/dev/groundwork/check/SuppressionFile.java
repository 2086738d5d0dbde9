package dev.groundwork.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.TemplateReader;
import dev.groundwork.assembly.UnreadableTemplateException;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problems;
import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Suppressions for templates that carry no Groundwork metadata, read from a YAML or JSON file:
 *
 * <pre>
 * suppressions:
 *   - rule: GW_S3_BUCKET_VERSIONING_ENABLED
 *     stack: legacy/website        # the stack: a template's path without extension, or its cloud assembly name
 *     resource: AssetsBucket       # its logical id; or a construct path (with a '/'), then no stack
 *     reason: Rebuilt from git on every deploy; nothing to restore (SEC-142)
 *     until: 2027-06-30            # optional; afterwards the suppression is itself an ERROR
 * </pre>
 *
 * Each becomes an engine suppression of that scope ({@code <stack>/<logical id>} or the path), so
 * expiry and unused suppressions are reported exactly as for suppressions written in code.
 */
public final class SuppressionFile {
  private static final Set<String> FIELDS = ImmutableSet.of("rule", "stack", "resource", "reason", "until");

  private SuppressionFile() {}

  /**
   * Reads {@code file}; {@code knownRules} are the ids a suppression may name.
   *
   * @throws GroundworkValidationException with every problem of the file at once
   */
  public static List<Suppression> read(Path file, Set<RuleId> knownRules) {
    Problems problems = Problems.ofValue("suppression file " + file);
    if (!Files.isRegularFile(file)) {
      problems.add("SUPPRESSION_FILE_MISSING", "--suppressions", file, "an existing YAML or JSON file",
          "Create it, or leave the option out.");
      problems.throwIfAny();
    }
    JsonNode root;
    try {
      root = TemplateReader.read(file);
    } catch (UnreadableTemplateException e) {
      problems.add("SUPPRESSION_FILE_SYNTAX", "line " + e.line().orElse(0), e.reason(),
          "valid YAML or JSON", "Fix the file at that line.");
      problems.throwIfAny();
      return List.of();
    }
    JsonNode entries = root.path("suppressions");
    if (!entries.isArray()) {
      problems.add("SUPPRESSION_FILE_SHAPE", "suppressions", entries.isMissingNode() ? "missing" : entries.toString(),
          "a list of suppressions", "Start the file with 'suppressions:' and list one entry per rule and resource.");
    }
    List<Suppression> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      entry(entries.get(i), "suppressions[" + i + "]", knownRules, problems).ifPresent(out::add);
    }
    problems.throwIfAny();
    return out;
  }

  private static Optional<Suppression> entry(JsonNode entry, String at, Set<RuleId> knownRules, Problems problems) {
    int before = problems.messages().size();
    entry.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        problems.add("SUPPRESSION_FIELD_UNKNOWN", at + "." + name, name, "one of " + FIELDS.stream().sorted().toList(),
            "Remove or rename it.");
      }
    });
    String rule = entry.path("rule").asText("");
    Optional<RuleId> id = Optional.empty();
    try {
      id = Optional.of(RuleId.of(rule));
      if (!knownRules.contains(id.get())) {
        problems.add("SUPPRESSION_RULE_UNKNOWN", at + ".rule", rule, "the id of a rule this check runs",
            "Copy the id from the report; a custom rule needs its --rules class.");
      }
    } catch (IllegalArgumentException e) {
      problems.add("SUPPRESSION_RULE_UNKNOWN", at + ".rule", rule.isEmpty() ? "nothing" : rule,
          "a rule id such as GW_S3_BUCKET_VERSIONING_ENABLED", "Copy the id from the report.");
    }
    String reason = entry.path("reason").asText("").strip();
    if (reason.isEmpty()) {
      problems.add("SUPPRESSION_REASON_REQUIRED", at + ".reason", "nothing", "a sentence saying why the finding is acceptable",
          "Write the reason, e.g. \"public website bucket, reviewed in SEC-123\".");
    }
    Optional<String> scope = scope(entry, at, problems);
    Optional<LocalDate> until = Optional.empty();
    if (entry.has("until")) {
      try {
        until = Optional.of(LocalDate.parse(entry.path("until").asText("")));
      } catch (DateTimeParseException e) {
        problems.add("SUPPRESSION_UNTIL", at + ".until", entry.path("until").asText(""), "a date as YYYY-MM-DD",
            "Write e.g. until: 2027-06-30, or leave it out for no expiry.");
      }
    }
    if (problems.messages().size() > before || id.isEmpty() || scope.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Suppression(id.get(), reason, until, scope.get()));
  }

  /** {@code <stack>/<logical id>} for a logical id, the path itself for a path. */
  private static Optional<String> scope(JsonNode entry, String at, Problems problems) {
    String resource = entry.path("resource").asText("").strip();
    String stack = entry.path("stack").asText("").strip();
    if (resource.isEmpty()) {
      problems.add("SUPPRESSION_RESOURCE_REQUIRED", at + ".resource", "nothing",
          "a logical id (with stack) or a construct path", "Name the resource the finding is on, as the report does.");
      return Optional.empty();
    }
    if (resource.contains("/")) {
      return Optional.of(stack.isEmpty() || resource.startsWith(stack + "/") ? resource : stack + "/" + resource);
    }
    if (stack.isEmpty()) {
      problems.add("SUPPRESSION_STACK_REQUIRED", at + ".stack", "nothing", "the stack of logical id " + resource,
          "Add stack: as the report names it (a template's path without extension, or its stack name).");
      return Optional.empty();
    }
    return Optional.of(stack + "/" + resource);
  }
}
