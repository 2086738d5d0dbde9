#!/usr/bin/env bash
# The README's two commands under build settings side by side: each argument is one variant, a
# Maven property setting (-Dname=value) added to both commands; variants alternate, RUNS rounds
# (3 by default), after one warm-up build; prints medians per variant of:
#   synth  - mvn -q -Psynth -pl samples -am package -Dmaven.test.skip=true: wall time of the
#            command, and the synthesis itself (the "total" of the phases SynthCommand prints)
#   verify - mvn -B verify: wall time, and the sum of the test classes' own times (surefire reports)
#
# Usage: benchmarks/readme-bench.sh [-Dname=value ...]
#   default: Node.js versions, -Dgroundwork.node=<the machine's node> and =<scripts/ensure-node.sh's>
#   e.g.     benchmarks/readme-bench.sh -Dgroundwork.tieredStopAtLevel=4 -Dgroundwork.tieredStopAtLevel=1
# Needs: what the README needs. Builds with the reactor (no mvn install).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
if (( $# )); then variants=("$@"); else
  variants=("-Dgroundwork.node=$(command -v node)" "-Dgroundwork.node=$(scripts/ensure-node.sh)")
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/readme-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

log() { printf '%s\n' "$*" >&2; }
now() { date +%s%N; }
seconds() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The Node.js a variant points jsii at (its -Dgroundwork.node, else the build's default).
node_of() { case "$1" in -Dgroundwork.node=*) echo "${1#*=}" ;; *) scripts/ensure-node.sh ;; esac; }
# jsii prints a screen-long banner on an end-of-life Node.js; silence it for whatever major runs.
silence_for() { "$1" --version | sed -E 's/^v([0-9]+)\..*/\1/'; }

log "warming up (one build, everything resolved)..."
mvn -q -Psynth -pl samples -am package -Dmaven.test.skip=true "${variants[-1]}" >/dev/null

for round in $(seq 1 "$RUNS"); do
  for i in "${!variants[@]}"; do
    variant="${variants[$i]}"
    export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="$(silence_for "$(node_of "$variant")")"
    t=$(now)
    mvn -q -Psynth -pl samples -am package -Dmaven.test.skip=true "$variant" >"$WORK/synth.out" 2>&1 \
      || { log "synth failed with $variant:"; tail -n 30 "$WORK/synth.out" >&2; exit 1; }
    e=$(now)
    total="$(sed -n 's/.*phases:.*| total \([0-9.]*\) s.*/\1/p' "$WORK/synth.out")"
    echo "$(seconds "$t" "$e") ${total:-0}" >>"$WORK/synth-$i.txt"

    t=$(now)
    mvn -B verify "$variant" >"$WORK/verify.out" 2>&1 \
      || { log "mvn -B verify failed with $variant:"; grep -E 'ERROR|FAIL' "$WORK/verify.out" | head -n 30 >&2; exit 1; }
    e=$(now)
    tests="$(grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$WORK/verify.out" \
      | sed -E 's/.*Tests run: ([0-9]+),.*/\1/' | awk '{ s += $1 } END { print s + 0 }')"
    test_s="$(cat */target/surefire-reports/TEST-*.xml | sed -n 's/.*<testsuite [^>]* time="\([0-9.]*\)".*/\1/p' \
      | awk '{ s += $1 } END { printf "%.2f", s }')"
    echo "$(seconds "$t" "$e") $test_s $tests" >>"$WORK/verify-$i.txt"
    log "  round $round/$RUNS: $variant done"
  done
done

col() { awk -v c="$2" '{ print $c }' "$WORK/$1.txt" | median; }
echo "readme-bench: $RUNS alternating rounds, $(nproc) CPUs, $(java -version 2>&1 | head -n 1), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-42s %9s %17s %14s %18s %19s %7s\n' variant node "synth cmd (s)" "synthesis (s)" "mvn -B verify (s)" "test classes (s)" tests
for i in "${!variants[@]}"; do
  printf '%-42s %9s %17.2f %14.2f %18.2f %19.2f %7d\n' "${variants[$i]}" "$("$(node_of "${variants[$i]}")" --version)" \
    "$(col "synth-$i" 1)" "$(col "synth-$i" 2)" "$(col "verify-$i" 1)" "$(col "verify-$i" 2)" "$(col "verify-$i" 3)"
done
