/**
 * Benchmark subjects run by {@code benchmarks/synth-bench.sh} in fresh JVMs: the reference app
 * under a plain CDK App, and a 30-test class run through the JUnit Platform.
 */
package dev.groundwork.benchmarks;
