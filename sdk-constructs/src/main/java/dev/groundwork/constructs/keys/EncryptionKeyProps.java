package dev.groundwork.constructs.keys;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Input of {@link EncryptionKey}. Prefer {@link EncryptionKey#forPurpose} (one key per stack and
 * purpose); create a key of your own only to separate data that must not share one.
 */
@Value.Immutable
@GroundworkStyle
public interface EncryptionKeyProps {
  /** Lower-case words separated by '-' or '/', e.g. {@code payments} or {@code services/data}. */
  Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,31}(/[a-z][a-z0-9-]{0,31}){0,2}");

  /**
   * What the key protects; the key's alias is {@code alias/<app>/<environment>/<purpose>}, so it
   * must be unique in the environment. Required.
   */
  String purpose();

  /** The key's description. Default: names the purpose and the construct path. */
  Optional<String> description();

  /** Whether CloudWatch Logs of this account and region may use the key. Default: no. */
  @Value.Default
  default boolean allowCloudWatchLogs() {
    return false;
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("EncryptionKeyProps");
    if (!PURPOSE.matcher(purpose()).matches()) {
      problems.add("KEY_PURPOSE_FORMAT", "purpose", "'" + purpose() + "'",
          "lower-case words separated by '-' or '/' (" + PURPOSE + ")",
          "Name what the key protects, e.g. 'payments'.");
    }
    problems.throwIfAny();
  }

  /** A key for {@code purpose} with every default. */
  static EncryptionKeyProps of(String purpose) {
    return builder().purpose(purpose).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EncryptionKeyProps}. */
  final class Builder extends ImmutableEncryptionKeyProps.Builder {}
}
