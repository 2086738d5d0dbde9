#!/usr/bin/env bash
# Before/after of a fresh synthesis: the reference app's three deployed environments (as in
# synth-bench.sh) through Groundwork at a git ref ("before", built from `git archive` in a temporary
# directory) and in this working tree ("after"), and plain CDK with its validator off, alternated in
# fresh JVMs and fresh working directories, RUNS rounds (5 by default).
#
# Prints medians of wall time, CPU time (user+sys of the JVM and its Node.js, GNU time), the part
# of it spent in Node.js (jsii's two Node.js processes, timed by GNU time through a JSII_NODE
# wrapper; the rest is the JVM's), and of the phases SynthCommand reports (the "policy" phase is
# what Groundwork still does after Node.js finished), and the load average before and after.
#
# Usage: benchmarks/synth-ab.sh <git ref>     e.g. benchmarks/synth-ab.sh 41686ac
#        JVM_OPTS=-XX:TieredStopAtLevel=1 benchmarks/synth-ab.sh 41686ac   (the synth goal's and surefire's JIT setting)
# Builds both trees with the reactor (mvn -q -pl benchmarks -am package -DskipTests; never install).
set -euo pipefail
REF="${1:?usage: synth-ab.sh <git ref>}"
RUNS="${RUNS:-5}"
read -r -a JVM_OPTIONS <<<"${JVM_OPTS:-}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/synth-ab.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
JSII_NODE="${JSII_NODE:-$("$ROOT/scripts/ensure-node.sh")}"
export CDK_VALIDATION=false
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install -y time)" >&2; exit 1; }
# jsii starts $JSII_NODE, which starts a second Node.js (its kernel) as its own child: GNU time on
# the first counts both.
printf '#!/bin/sh\nexec /usr/bin/time -f "%%U %%S" -o "$NODE_TIME_FILE" "%s" "$@"\n' "$JSII_NODE" >"$WORK/node"
chmod +x "$WORK/node"
export JSII_NODE="$WORK/node"
log() { printf '%s\n' "$*" >&2; }

log "building $REF in $WORK/before and this tree (tests compiled, not run)..."
mkdir -p "$WORK/before"
git -C "$ROOT" archive "$REF" | tar -x -C "$WORK/before"
build() { (cd "$1" && mvn -q -o -pl benchmarks -am package -DskipTests -Dinvoker.skip=true) >&2; }
build "$WORK/before"
build "$ROOT"
CP_BEFORE="$WORK/before/benchmarks/target/classes:$(cat "$WORK/before/benchmarks/target/classpath.txt")"
CP_AFTER="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"

# run <name> <classpath> <main>: appends "wall cpu policy total node-cpu" to $WORK/<name>.txt
run() {
  local name="$1" cp="$2" main="$3" dir start end
  dir="$(mktemp -d "$WORK/$name.XXXX")"
  ln -s "$ROOT/samples/images" "$dir/images"
  start=$(date +%s%N)
  (cd "$dir" && NODE_TIME_FILE="$dir/node-time.txt" /usr/bin/time -f '%U %S' -o time.txt java ${JVM_OPTIONS[@]+"${JVM_OPTIONS[@]}"} -cp "$cp" "$main" >out.txt 2>&1) \
    || { log "$name failed:"; tail -n 20 "$dir/out.txt" >&2; exit 1; }
  end=$(date +%s%N)
  local policy total
  policy=$(sed -n 's/.*policy \([0-9.]*\) s |.*/\1/p' "$dir/out.txt"); total=$(sed -n 's/.*| total \([0-9.]*\) s.*/\1/p' "$dir/out.txt")
  local node; node=$(awk '{ printf "%.2f", $1 + $2 }' "$dir/node-time.txt")
  awk -v s="$start" -v e="$end" -v p="${policy:--1}" -v t="${total:--1}" -v n="$node" '{ printf "%.3f %.2f %s %s %s\n", (e - s) / 1e9, $1 + $2, p, t, n }' \
    "$dir/time.txt" >>"$WORK/$name.txt"
  rm -rf "$dir"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$2" '{ print $c }' "$WORK/$1.txt" | median; }

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
  run before "$CP_BEFORE" dev.groundwork.benchmarks.GroundworkReferenceApp
  run after "$CP_AFTER" dev.groundwork.benchmarks.GroundworkReferenceApp
  run plain-cdk-unvalidated "$CP_AFTER" dev.groundwork.benchmarks.PlainCdkReferenceApp
  log "  round $i/$RUNS done"
done
echo "synth-ab: $REF (before) against this tree (after), $RUNS alternating rounds, JVM options '${JVM_OPTS:-}', $(nproc) CPUs, load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %9s %9s %12s %11s %16s %16s\n' variant "wall (s)" "CPU (s)" "Node.js (s)" "JVM (s)" "policy phase (s)" "phases total (s)"
for v in before after plain-cdk-unvalidated; do
  awk '{ print $2 - $5 }' "$WORK/$v.txt" >"$WORK/$v.jvm"
  printf '%-24s %9.2f %9.2f %12.2f %11.2f %16s %16s\n' "$v" "$(col "$v" 1)" "$(col "$v" 2)" "$(col "$v" 5)" \
    "$(median <"$WORK/$v.jvm")" "$(col "$v" 3)" "$(col "$v" 4)"
done
awk -v b="$(col before 1)" -v a="$(col after 1)" -v u="$(col plain-cdk-unvalidated 1)" \
  -v bc="$(col before 2)" -v ac="$(col after 2)" -v uc="$(col plain-cdk-unvalidated 2)" 'BEGIN {
  printf "overhead over unvalidated plain CDK: before wall %+.1f%% CPU %+.1f%%; after wall %+.1f%% CPU %+.1f%%\n",
    (b - u) / u * 100, (bc - uc) / uc * 100, (a - u) / u * 100, (ac - uc) / uc * 100 }'
