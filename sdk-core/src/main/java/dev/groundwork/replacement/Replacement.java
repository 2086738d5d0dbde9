package dev.groundwork.replacement;

/** Whether changing a property replaces its resource, as the replacement spec records it. */
public enum Replacement {
  /** The update happens in place. */
  NONE,
  /** The spec's "maybe": replaced for some changes of the value (e.g. an RDS engine to another family). */
  CONDITIONAL,
  /** The spec's "yes": any change creates a new resource and deletes the old one. */
  ALWAYS;

  /** The stronger of the two. */
  public Replacement max(Replacement other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
