#!/usr/bin/env bash
# JVM start-up options for a user's synth JVM and test fork, measured against a baseline in one
# run: the reference app's synthesis (java -cp … ReferenceApp, as the README's synth command
# forks it) and a 30-test class on the JUnit Platform (as a surefire fork runs it), each in a
# fresh JVM, variants alternating, RUNS rounds (3 by default). Prints medians of wall and CPU time.
#   baseline          no options (jsii's package cache on, its default)
#   tiered1           -XX:TieredStopAtLevel=1 (C1 only: less JIT work in a short-lived JVM)
#   appcds            -XX:SharedArchiveFile=<archive> (AppCDS, archive made by one training run
#                     per workload with -XX:ArchiveClassesAtExit)
#   appcds+tiered1    both
#   no-package-cache  JSII_RUNTIME_PACKAGE_CACHE=disabled: what jsii's cache (on by default) saves
#
# Usage: benchmarks/start-bench.sh   (RUNS=3 by default). Builds with the reactor (no mvn install).
set -euo pipefail
RUNS="${RUNS:-3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/start-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
JSII_NODE="${JSII_NODE:-$("$ROOT/scripts/ensure-node.sh")}"
export JSII_NODE CDK_VALIDATION=false
log() { printf '%s\n' "$*" >&2; }
[[ -x /usr/bin/time ]] || { log "needs GNU time (apt-get install -y time)"; exit 1; }

log "building (mvn -q -pl benchmarks -am package, tests skipped)..."
(cd "$ROOT" && mvn -q -pl benchmarks -am package -Dmaven.test.skip=true) >&2
# All jars: on Java 17 AppCDS refuses a class path with a non-empty directory (target/classes).
CP="$(ls "$ROOT"/benchmarks/target/groundwork-benchmarks-*.jar):$(cat "$ROOT/benchmarks/target/classpath.txt")"

declare -A MAIN=(
  [synth]="dev.groundwork.samples.ReferenceApp"
  [tests]="dev.groundwork.benchmarks.RunTestClass dev.groundwork.benchmarks.ThirtyTestsOnTheReferenceApp"
)

# run <workload> <variant> [jvm options...]: appends "<wall s> <cpu s>" to $WORK/<workload>-<variant>.txt
run() {
  local workload="$1" variant="$2"; shift 2
  local dir; dir="$(mktemp -d "$WORK/run.XXXX")"
  local env=()
  [[ "$variant" == no-package-cache ]] && env=(JSII_RUNTIME_PACKAGE_CACHE=disabled)
  local start end status=0
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$dir" && env "${env[@]}" /usr/bin/time -f '%U %S' -o "$dir/time" java "$@" -cp "$CP" ${MAIN[$workload]}) \
    >"$dir/out" 2>&1 || status=$?
  end=$(date +%s%N)
  if (( status != 0 )); then log "$workload/$variant failed (exit $status):"; tail -n 20 "$dir/out" >&2; exit 1; fi
  read -r user sys < <(tail -n 1 "$dir/time")
  awk -v s="$start" -v e="$end" -v u="$user" -v y="$sys" 'BEGIN { printf "%.3f %.2f\n", (e - s) / 1e9, u + y }' \
    >>"$WORK/$workload-$variant.txt"
  rm -rf "$dir"
}

for workload in synth tests; do
  log "training the AppCDS archive for $workload..."
  run "$workload" training "-XX:ArchiveClassesAtExit=$WORK/$workload.jsa"
done
variants=(baseline tiered1 appcds appcds+tiered1 no-package-cache)
options() {
  case "$2" in
    baseline | no-package-cache) ;;
    tiered1) echo "-XX:TieredStopAtLevel=1" ;;
    appcds) echo "-XX:SharedArchiveFile=$WORK/$1.jsa -Xshare:auto" ;;
    appcds+tiered1) echo "-XX:SharedArchiveFile=$WORK/$1.jsa -Xshare:auto -XX:TieredStopAtLevel=1" ;;
  esac
}
for round in $(seq 1 "$RUNS"); do
  for workload in synth tests; do
    for v in "${variants[@]}"; do
      # shellcheck disable=SC2046
      run "$workload" "$v" $(options "$workload" "$v")
    done
  done
  log "  round $round/$RUNS done"
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$2" '{ print $c }' "$WORK/$1.txt" | median; }
echo "start-bench: $RUNS alternating rounds, fresh JVM per run, $(nproc) CPUs, $(java -version 2>&1 | head -n 1), node $("$JSII_NODE" --version), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-18s %9s %9s %12s\n' workload variant "wall (s)" "CPU (s)" "CPU vs base"
for workload in synth tests; do
  base="$(col "$workload-baseline" 2)"
  for v in "${variants[@]}"; do
    cpu="$(col "$workload-$v" 2)"
    awk -v w="$workload" -v v="$v" -v wall="$(col "$workload-$v" 1)" -v c="$cpu" -v b="$base" \
      'BEGIN { printf "%-8s %-18s %9.2f %9.2f %+11.0f%%\n", w, v, wall, c, (c - b) / b * 100 }'
  done
done
