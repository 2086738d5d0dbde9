/** Benchmark of the policy engine over generated templates of 1,000 to 50,000 resources. */
package dev.groundwork.benchmarks.policy;
