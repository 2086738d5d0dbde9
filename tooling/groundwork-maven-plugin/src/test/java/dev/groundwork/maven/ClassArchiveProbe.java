package dev.groundwork.maven;

import com.google.common.collect.ImmutableList;

/** Stands in for a synth app whose JVM loads library classes: one from Guava's jar. */
public final class ClassArchiveProbe {
  private ClassArchiveProbe() {}

  public static void main(String[] args) {
    System.err.println("loaded " + ImmutableList.of("a", "b").size() + " from a library");
  }
}
