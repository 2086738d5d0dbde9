package dev.groundwork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test that synthesizes nothing: what starting the JUnit Platform alone costs in a fresh JVM. */
public class NoSynthesisTestClass {
  @Test
  void nothingToSynthesize() {
    assertThat(1 + 1).isEqualTo(2);
  }
}
