package dev.groundwork.samples;

import java.util.Set;

/**
 * The reference app synthesized by {@link ReferenceApp#main} in a JVM of its own, for the
 * cross-JVM determinism test. The JDK's {@code Set.of} and {@code Map.of} iterate in an order
 * salted per JVM; this JVM synthesizes only if its salt runs them the other way round from the
 * test's JVM (the first argument is that JVM's {@link #iterationDirection()}), so that a salted
 * collection left on the way to the output shows as a difference. Otherwise it exits with
 * {@link #SAME_DIRECTION} and the test starts another.
 */
public final class OtherJvmSynthesis {
  /** Exit status when this JVM iterates {@code Set.of} as the test's JVM does. */
  public static final int SAME_DIRECTION = 75;

  private OtherJvmSynthesis() {}

  /** Synthesizes into {@code $CDK_OUTDIR} unless this JVM iterates as {@code args[0]} says. */
  public static void main(String[] args) {
    if (iterationDirection().equals(args[0])) {
      System.exit(SAME_DIRECTION);
    }
    ReferenceApp.main(new String[0]);
  }

  /** The element a two-element {@code Set.of} yields first: which one depends on the JVM's salt. */
  static String iterationDirection() {
    return Set.of("first", "second").iterator().next();
  }
}
