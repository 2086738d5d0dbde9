package dev.groundwork.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one definition of how a suppression is written into a resource's template metadata
 * (under {@value #KEY}) and read back by the engine: {@code Suppressions.of(construct)} writes
 * it during synthesis, and a template written by hand may carry the same entries.
 */
public final class SuppressionMetadata {
  /** Template metadata key holding the suppressions of a resource. */
  public static final String KEY = "groundwork:suppressions";

  private static final String RULE = "rule";
  private static final String REASON = "reason";
  private static final String UNTIL = "until";
  private static final String SCOPE = "scope";

  private SuppressionMetadata() {}

  /** The metadata entry of one suppression. */
  public static Map<String, String> entry(Suppression suppression) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put(RULE, suppression.rule().value());
    entry.put(REASON, suppression.reason());
    suppression.until().ifPresent(d -> entry.put(UNTIL, d.toString()));
    entry.put(SCOPE, suppression.scope());
    return entry;
  }

  /**
   * Reads one metadata entry; {@code defaultScope} when it names none.
   *
   * @throws IllegalArgumentException or {@link java.time.format.DateTimeParseException} when
   *     the entry is not a valid suppression
   */
  public static Suppression read(JsonNode entry, String defaultScope) {
    String until = entry.path(UNTIL).asText("");
    return new Suppression(RuleId.of(entry.path(RULE).asText("")), entry.path(REASON).asText(""),
        until.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(until)),
        entry.path(SCOPE).asText(defaultScope));
  }
}
