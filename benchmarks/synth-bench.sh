#!/usr/bin/env bash
# Synthesis benchmark: the reference sample synthesized four ways, each run in a fresh JVM and a
# fresh working directory, every variant below once per round (all of them alternate):
#   groundwork  - the README's synth path: java -cp <cp> dev.groundwork.samples.ReferenceApp,
#                 CDK_VALIDATION=false (Groundwork's policy engine is the synth-time check)
#   plain-cdk   - the same construct tree under a plain CDK App with plain Stages
#                 (dev.groundwork.benchmarks.PlainCdkReferenceApp), CDK defaults: the
#                 built-in CloudFormation validator on
#   plain-cdk-unvalidated - the same, with CDK_VALIDATION=false
#   groundwork-as-run - the reference app as groundwork-maven-plugin's synth goal runs it by
#                 default (loop.SynthGoalRun synth-as-configured: the goal in a JVM standing for
#                 Maven's, without Maven's own start-up, starting the synth JVM with
#                 -XX:TieredStopAtLevel=1 from its class archive, which two untimed runs made first)
# what a 30-test class costs through SynthesisExtension relative to one synthesis
# (also fresh JVMs): a test class that synthesizes nothing (JUnit Platform start-up
# alone), a 1-test class and a 30-test class on the JUnit Platform;
# and the build loop: what mvn verify runs in a fresh directory, without Maven's own
# start-up (loop.BuildLoopRun: in one JVM standing for Maven's, groundwork-maven-plugin's
# share-synth goal, then ten test classes sharing one synthesis of the main class in a JVM of
# their own as surefire forks one, which must stand for the synth goal's, then the synth goal,
# which must skip) and, for the no-change figure, the synth goal alone (loop.SynthGoalRun) in a
# fresh directory and again in it with nothing changed (it must skip).
#
# Prints medians of wall time, CPU time and peak memory, the overhead over unvalidated plain CDK
# twice: in the same JVM (java, no options: what Groundwork's own work costs) and as run
# (groundwork-as-run, against plain CDK as `java` runs it with no options, as cdk init's Java app
# does), and before the last line:
#   build-loop: ten test classes + package synth <x>x one synthesis; no-change synth <y>% of a fresh one
# and as the last line:
#   synth-bench: groundwork <s> s, plain-cdk <s> s, ratio <r>, overhead-vs-unvalidated <p>%
#
# Usage: benchmarks/synth-bench.sh            (RUNS=7 by default; RUNS=3 for a quicker look)
#
# Wall time is what a user waits for, but on a shared machine it swings with other load; CPU
# time (user+sys of the JVM and the Node.js process it starts, from GNU time) is printed too as
# the steadier figure.
# Needs: JDK 17+, Maven 3.8+, npm or Node.js 22+ (scripts/ensure-node.sh). Builds with the reactor (no mvn install).
set -euo pipefail

RUNS="${RUNS:-7}"
# The reference app's deployed environments (dev, staging, prod; the delivery pipeline is left
# out, as plain CDK cannot build it). Every run must write as many templates as the first.
EXPECTED_TEMPLATES=""
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/synth-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# The Node.js LTS the build uses (installed into .tools/ when the machine's is older); a
# JSII_NODE already set (e.g. to compare Node.js versions) is kept.
JSII_NODE="${JSII_NODE:-$("$ROOT/scripts/ensure-node.sh")}"
export JSII_NODE

log() { printf '%s\n' "$*" >&2; }

# GNU time reports the peak RSS of the largest process; install it if missing and possible.
if [[ ! -x /usr/bin/time ]] && command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
  log "installing GNU time (apt-get install -y time)"
  (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }) || true
fi
HAVE_GNU_TIME=0
[[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1 && HAVE_GNU_TIME=1

log "building (mvn -q -pl benchmarks -am package, tests skipped)..."
(cd "$ROOT" && mvn -q -pl benchmarks -am package -Dmaven.test.skip=true) >&2
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"

# Sum of VmRSS (KiB) over a process and all its descendants (the JVM and the Node.js jsii starts).
tree_rss() {
  local pids="$1" all="$1" next p
  while [[ -n "$pids" ]]; do
    next=""
    for p in $pids; do next="$next $(cat /proc/"$p"/task/*/children 2>/dev/null || true)"; done
    next="$(echo $next)"; all="$all $next"; pids="$next"
  done
  local sum=0 kb
  for p in $all; do
    kb=$(awk '/^VmRSS:/ {print $2}' /proc/"$p"/status 2>/dev/null || true)
    sum=$((sum + ${kb:-0}))
  done
  echo "$sum"
}

# run <name> <CDK_VALIDATION value> <main class> [args...]
# Appends "<wall s> <tree peak KiB> <largest-process peak KiB> <cpu s>" to $WORK/<name>.txt
# With KEEP_DIR=1 the working directory is kept (its path in LAST_DIR); with REUSE_DIR=<dir> the
# run happens in that directory again, as a rebuild does.
LAST_DIR=""
run() {
  local name="$1" validation="$2"; shift 2
  local dir
  if [[ -n "${REUSE_DIR:-}" ]]; then
    dir="$REUSE_DIR"
  else
    dir="$(mktemp -d "$WORK/$name.XXXX")"
    # The reference app builds its fulfilment image from images/ beside where it runs.
    ln -s "$ROOT/samples/images" "$dir/images"
  fi
  local out="$dir/out.txt" timefile="$dir/time.txt" start end pid peak=0 rss status=0
  start=$(date +%s%N)
  (
    cd "$dir"
    if [[ "$validation" == default ]]; then unset CDK_VALIDATION; else export CDK_VALIDATION="$validation"; fi
    if (( HAVE_GNU_TIME )); then
      exec /usr/bin/time -f '%M %U %S' -o "$timefile" java -cp "$CP" "$@"
    else
      exec java -cp "$CP" "$@"
    fi
  ) >"$out" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(tree_rss "$pid"); (( rss > peak )) && peak=$rss
    sleep 0.2
  done
  wait "$pid" || status=$?
  end=$(date +%s%N)
  if (( status != 0 )); then
    log "$name failed (exit $status):"; tail -n 30 "$out" >&2; exit 1
  fi
  local largest="$peak" cpu="-1" user sys
  if (( HAVE_GNU_TIME )); then
    read -r largest user sys < <(tail -n 1 "$timefile")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  fi
  awk -v s="$start" -v e="$end" -v p="$peak" -v l="$largest" -v c="$cpu" \
    'BEGIN { printf "%.3f %d %d %.2f\n", (e - s) / 1e9, p, l, c }' >>"$WORK/$name.txt"
  if [[ -d "$dir/cdk.out" ]]; then
    local templates; templates=$(find "$dir/cdk.out" -name '*.template.json' | wc -l)
    (( templates > 0 )) || { log "$name wrote no templates"; exit 1; }
    EXPECTED_TEMPLATES="${EXPECTED_TEMPLATES:-$templates}"
    (( templates == EXPECTED_TEMPLATES )) || { log "$name wrote $templates templates, the first run $EXPECTED_TEMPLATES"; exit 1; }
    # Keep the first run's templates, to show the variants synthesize the same thing.
    if [[ ! -d "$WORK/$name.templates" ]]; then
      (cd "$dir/cdk.out" && find . -name '*.template.json' -exec install -D -m 644 {} "$WORK/$name.templates/{}" \;)
    fi
  fi
  cp "$out" "$WORK/$name.last-output.txt"
  LAST_DIR="$dir"
  if [[ -z "${KEEP_DIR:-}" && -z "${REUSE_DIR:-}" ]]; then rm -rf "$dir"; fi
}

# expect <name> <grep pattern>: the last run of <name> printed a line matching the pattern.
expect() {
  grep -q -- "$2" "$WORK/$1.last-output.txt" || { log "$1 did not print '$2':"; tail -n 20 "$WORK/$1.last-output.txt" >&2; exit 1; }
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$2" '{ print $c }' "$WORK/$1.txt" | median; }

# same_templates <variant>: it and plain CDK wrote byte-identical templates (the first run of each is kept).
same_templates() {
  diff -r "$WORK/$1.templates" "$WORK/plain-cdk-unvalidated.templates" >/dev/null 2>&1 && return 0
  log "templates: $1 and plain CDK templates differ (diff -r the two cdk.out directories to see how); the comparison needs equal work"
  diff -r "$WORK/$1.templates" "$WORK/plain-cdk-unvalidated.templates" | head -n 20 >&2 || true
  exit 1
}

# The synth goal's class archive, kept here for this run: the first synthesis records the classes
# its JVM loads, the second archives them (both untimed, as on a developer's machine they happened
# once, days ago).
ARCHIVES="$WORK/class-archives"
AS_RUN=(-Dgroundwork.classArchives="$ARCHIVES" dev.groundwork.benchmarks.loop.SynthGoalRun synth-as-configured)
log "preparing the synth goal's class archive (two untimed syntheses)..."
run archive-record false "${AS_RUN[@]}"
expect archive-record 'groundwork:synth: no earlier synthesis recorded'
run archive-make false "${AS_RUN[@]}"
expect archive-make "archived the synth JVM's library classes"

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
# Every variant runs once per round, so all medians come from interleaved runs: the ratios between
# them hold even when the machine's speed drifts during the benchmark (on a shared VM it does, by a
# fifth or more over ten minutes).
log "$RUNS rounds: the reference app as groundwork / plain-cdk / plain-cdk-unvalidated / groundwork-as-run;"
log "  test classes with no synthesis / 1 test / 30 tests; the build loop and the synth goal, fresh and unchanged..."
for i in $(seq 1 "$RUNS"); do
  run groundwork false dev.groundwork.benchmarks.GroundworkReferenceApp
  run plain-cdk default dev.groundwork.benchmarks.PlainCdkReferenceApp
  run plain-cdk-unvalidated false dev.groundwork.benchmarks.PlainCdkReferenceApp
  run groundwork-as-run false "${AS_RUN[@]}"
  # It started from the archive: archiving again would print this line.
  if grep -q "archived the synth JVM's library classes\|no class archive" "$WORK/groundwork-as-run.last-output.txt"; then
    log "groundwork-as-run did not start from the archive:"; tail -n 20 "$WORK/groundwork-as-run.last-output.txt" >&2; exit 1
  fi
  # The comparison needs equal work: fail after the first round, not after all of them.
  (( i > 1 )) || { same_templates groundwork; same_templates groundwork-as-run; }

  run test-class-no-synth false dev.groundwork.benchmarks.RunTestClass dev.groundwork.benchmarks.NoSynthesisTestClass
  run test-class-1 false dev.groundwork.benchmarks.RunTestClass dev.groundwork.benchmarks.OneTestOnTheReferenceApp
  run test-class-30 false dev.groundwork.benchmarks.RunTestClass dev.groundwork.benchmarks.ThirtyTestsOnTheReferenceApp

  run loop-build false dev.groundwork.benchmarks.loop.BuildLoopRun
  expect loop-build 'groundwork:share-synth: a test that synthesizes'
  expect loop-build '10 classes, syntheses made: 1,'
  expect loop-build "this synthesis stands for groundwork:synth's"
  expect loop-build 'groundwork:synth skipped: inputs unchanged since the synthesis of cdk.out by the test run'
  KEEP_DIR=1 run loop-synth-fresh false dev.groundwork.benchmarks.loop.SynthGoalRun
  expect loop-synth-fresh 'groundwork:synth: no earlier synthesis recorded'
  REUSE_DIR="$LAST_DIR" run loop-synth-unchanged false dev.groundwork.benchmarks.loop.SynthGoalRun
  expect loop-synth-unchanged 'groundwork:synth skipped: inputs unchanged'
  rm -rf "$LAST_DIR"
  log "  round $i/$RUNS done"
done

echo "synth-bench: $RUNS runs each, fresh JVM per run, $(nproc) CPUs, $(java -version 2>&1 | head -n 1), node $("$JSII_NODE" --version)"
echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times)"
same_templates groundwork
same_templates groundwork-as-run
echo "templates: groundwork (both ways) and plain CDK wrote byte-identical templates ($(find "$WORK/groundwork.templates" -type f | wc -l) stacks)"
echo "medians:"
printf '%-24s %9s %9s %24s %23s\n' variant "wall (s)" "CPU (s)" "peak RSS JVM+Node (MiB)" "peak RSS largest (MiB)"
for v in groundwork plain-cdk plain-cdk-unvalidated groundwork-as-run test-class-no-synth test-class-1 test-class-30 loop-build loop-synth-fresh loop-synth-unchanged; do
  awk -v v="$v" -v w="$(col "$v" 1)" -v c="$(col "$v" 4)" -v t="$(col "$v" 2)" -v l="$(col "$v" 3)" \
    'BEGIN { printf "%-24s %9.2f %9.2f %24.0f %23.0f\n", v, w, c, t / 1024, l / 1024 }'
done
(( HAVE_GNU_TIME )) || echo "(GNU time unavailable: no CPU figures; 'largest' is the sampled JVM+Node figure)"

gw=$(col groundwork 1); plain=$(col plain-cdk 1); unval=$(col plain-cdk-unvalidated 1)
t0=$(col test-class-no-synth 1); t1=$(col test-class-1 1); t30=$(col test-class-30 1)
if (( HAVE_GNU_TIME )); then
  awk -v gw="$(col groundwork 4)" -v plain="$(col plain-cdk 4)" -v unval="$(col plain-cdk-unvalidated 4)" \
    -v t30="$(col test-class-30 4)" -v t1="$(col test-class-1 4)" 'BEGIN {
    printf "cpu: groundwork %.2f s, plain-cdk %.2f s, ratio %.2f, overhead-vs-unvalidated %.1f%%; 30-test class / one synth = %.2fx, 30 tests / 1 test = %.2fx\n",
      gw, plain, gw / plain, (gw - unval) / unval * 100, t30 / gw, t30 / t1 }'
fi
awk -v t30="$t30" -v gw="$gw" -v t1="$t1" -v t0="$t0" 'BEGIN {
  printf "test-class: 30 tests %.2f s, 1 test %.2f s, JUnit start-up alone %.2f s, one synth %.2f s; 30-test class / one synth = %.2fx (target <= 1.3x), 30 tests / 1 test = %.2fx\n", t30, t1, t0, gw, t30 / gw, t30 / t1 }'
if (( HAVE_GNU_TIME )); then
  awk -v gw="$gw" -v unval="$unval" -v gwc="$(col groundwork 4)" -v unvalc="$(col plain-cdk-unvalidated 4)" 'BEGIN {
    printf "overhead: groundwork over unvalidated plain CDK, the same JVM (java, no options), medians of interleaved runs: wall %+.1f%%, CPU %+.1f%% (Groundwork'"'"'s own work)\n",
      (gw - unval) / unval * 100, (gwc - unvalc) / unvalc * 100 }'
  awk -v gw="$(col groundwork-as-run 1)" -v unval="$unval" -v gwc="$(col groundwork-as-run 4)" -v unvalc="$(col plain-cdk-unvalidated 4)" 'BEGIN {
    printf "overhead as run: groundwork:synth (C1, class archive, the goal'"'"'s own JVM included) over unvalidated plain CDK (java, no options), medians of interleaved runs: wall %+.1f%%, CPU %+.1f%% (target <= 0%%)\n",
      (gw - unval) / unval * 100, (gwc - unvalc) / unvalc * 100 }'
  awk -v build="$(col loop-build 4)" -v fresh="$(col loop-synth-fresh 4)" -v same="$(col loop-synth-unchanged 4)" \
    -v gw="$(col groundwork 4)" 'BEGIN {
    printf "build-loop cpu: ten test classes + package synth %.2fx one synthesis; no-change synth %.1f%% of a fresh one\n",
      build / gw, same / fresh * 100 }'
fi
awk -v build="$(col loop-build 1)" -v fresh="$(col loop-synth-fresh 1)" -v same="$(col loop-synth-unchanged 1)" \
  -v gw="$gw" 'BEGIN {
  printf "build-loop: ten test classes + package synth %.2fx one synthesis; no-change synth %.1f%% of a fresh one\n",
    build / gw, same / fresh * 100 }'
awk -v gw="$gw" -v plain="$plain" -v unval="$unval" 'BEGIN {
  printf "synth-bench: groundwork %.2f s, plain-cdk %.2f s, ratio %.2f, overhead-vs-unvalidated %.1f%%\n", gw, plain, gw / plain, (gw - unval) / unval * 100 }'
