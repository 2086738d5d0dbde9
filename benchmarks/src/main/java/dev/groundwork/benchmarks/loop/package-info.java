/**
 * The build loop benchmark's subjects: ten test classes over the reference app that share one
 * synthesis, and the synth goal run outside Maven, fresh and with nothing changed.
 */
package dev.groundwork.benchmarks.loop;
