package dev.groundwork.policy;

/** How much a finding matters; any {@link #ERROR} left after suppressions fails synthesis. */
public enum Severity {
  /** Fails synthesis. */
  ERROR,
  /** Reported; fails synthesis only when the rule escalates and the tier escalates warnings. */
  WARNING,
  /** Reported for information only. */
  INFO;

  /** True when this severity is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
