#!/usr/bin/env bash
# Policy engine benchmark, from a fresh clone, in one command (well under five minutes):
#   1. builds the engine and the benchmark (tests skipped),
#   2. synthesizes the reference app (samples) once, if it builds, to get a reference synth time
#      and a real assembly to evaluate,
#   3. runs the benchmark: generated templates of 1,000 / 10,000 / 50,000 resources, then the
#      policy share of the reference synth. The last line is
#      "policy-eval: <R> resources, <ms> ms, <n> resources/s" for the largest size.
set -euo pipefail
cd "$(dirname "$0")/.."
export CDK_VALIDATION=false
# The Node.js LTS the build uses (installed into .tools/ when the machine's is older).
JSII_NODE="$(scripts/ensure-node.sh)"
export JSII_NODE

mvn -q -pl benchmarks -am package -DskipTests
cp="$PWD/benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

args=()
if mvn -q -pl samples -am package dependency:build-classpath -Dmaven.test.skip=true \
    -Dmdep.outputFile="$PWD/target/sample-classpath.txt" >/dev/null 2>&1; then
  sample_cp="$PWD/samples/target/classes:$(cat target/sample-classpath.txt)"
  if out="$(cd samples && java -cp "$sample_cp" dev.groundwork.samples.ReferenceApp 2>&1)"; then
    # "[groundwork] phases: jsii start-up 1.18 s, ..., policy 0.10 s | total 1.71 s"
    phases="$(grep '\[groundwork\] phases:' <<<"$out" || true)"
    echo "reference synth (samples ReferenceApp): ${phases#*\] }"
    total_s="$(sed -n 's/.*| total \([0-9.]*\) s.*/\1/p' <<<"$phases")"
    args+=(--assembly samples/cdk.out)
    [ -n "$total_s" ] && args+=(--synth-ms "$(awk -v s="$total_s" 'BEGIN {printf "%.0f", s * 1000}')")
  else
    echo "reference synth failed; the share of synth time is not measured:"
    tail -5 <<<"$out"
  fi
else
  echo "samples module does not build; the share of synth time is not measured"
fi

java -Xmx2g -cp "$cp" dev.groundwork.benchmarks.policy.PolicyBenchmark "${args[@]}"
