package dev.groundwork.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.suppress.Suppression;
import dev.groundwork.policy.suppress.Suppressions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one definition of how a suppression is written into a resource's template metadata
 * (under {@link Suppressions#METADATA_KEY}) and read back by the engine.
 */
public final class SuppressionMetadata {
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
