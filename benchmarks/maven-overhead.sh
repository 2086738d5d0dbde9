#!/usr/bin/env bash
# Measures what Maven adds before the sample's main starts, on a warm local repository:
#   (a) mvn -q validate                     Maven's floor: start-up and reading the POMs
#   (b) the README's sample synth command   Maven + build checks + the forked synth JVM
#   (c) java -cp <classpath> ReferenceApp   the same synth without Maven
# Time before main = (b) - (c). Target: within 1.5 s of (a). Runs alternate; medians printed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
synth_cmd=(mvn -q -Psynth -pl samples -am package -Dmaven.test.skip=true)

node="$(scripts/ensure-node.sh)"   # what the build points jsii at
"${synth_cmd[@]}" >/dev/null   # warm: build once, resolve everything
# samples is built last, so its classpath (reactor jars included, absolute paths) is what remains
mvn -q -pl samples -am package dependency:build-classpath -Dmaven.test.skip=true \
  -Dmdep.outputFile="$PWD/target/sample-classpath.txt" >/dev/null
cp="$PWD/samples/target/classes:$(cat target/sample-classpath.txt)"

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
a=(); b=(); c=()
for _ in $(seq "$runs"); do
  t=$(now); mvn -q validate >/dev/null; a+=("$(echo "$(now) - $t" | bc)")
  t=$(now); "${synth_cmd[@]}" >/dev/null 2>&1; b+=("$(echo "$(now) - $t" | bc)")
  t=$(now); (cd samples && CDK_VALIDATION=false JSII_NODE="$node" java -cp "$cp" dev.groundwork.samples.ReferenceApp >/dev/null 2>&1)
  c+=("$(echo "$(now) - $t" | bc)")
done
ma=$(printf '%s\n' "${a[@]}" | median); mb=$(printf '%s\n' "${b[@]}" | median); mc=$(printf '%s\n' "${c[@]}" | median)
before_main=$(echo "$mb - $mc" | bc)
printf 'mvn -q validate:          %.2f s\n' "$ma"
printf 'sample synth command:     %.2f s\n' "$mb"
printf 'java -cp (same synth):    %.2f s\n' "$mc"
printf 'maven-overhead: before-main %.2f s, validate %.2f s, difference %.2f s (target <= 1.5 s)\n' \
  "$before_main" "$ma" "$(echo "$before_main - $ma" | bc)"
