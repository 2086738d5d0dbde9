package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The permanent id of a rule, {@code GW_<SERVICE>_<WHAT>} for built-in rules.
 *
 * <p>Ids are never renumbered or reused: suppressions, reports and dashboards refer to them.
 * User rules may use their own prefix (e.g. {@code ACME_S3_BUCKET_NAMING}) as long as the id is
 * upper snake case with at least two parts.
 *
 * @param value the id, e.g. {@code GW_S3_BUCKET_TLS_REQUIRED}
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

  /** Validates the shape; prefer {@link #of(String)}. */
  public RuleId {
    checkArgument(
        value != null && SHAPE.matcher(value).matches(),
        "rule id must be upper snake case with a prefix, e.g. GW_S3_BUCKET_TLS_REQUIRED, got '%s'",
        value);
  }

  /** The id {@code value}, validated. */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /** The anchor of this rule's section in {@code docs/rules.md}. */
  public String anchor() {
    return value.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
