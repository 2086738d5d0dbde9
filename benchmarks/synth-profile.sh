#!/usr/bin/env bash
# Where a fresh synthesis's CPU time goes, Groundwork against plain CDK with its validator off: the
# reference app's three deployed environments (GroundworkReferenceApp, PlainCdkReferenceApp, as
# synth-bench.sh runs them), RUNS rounds (3 by default) alternating, each in a fresh JVM and a fresh
# directory. Prints per run and variant:
#   process    CPU of the JVM and of jsii's two Node.js processes (GNU time; Node.js through a
#              JSII_NODE wrapper, the JVM is the rest)
#   threads    the JVM's CPU by thread: main (the app, jsii's Java side, Groundwork's main-thread
#              work), groundwork-policy (the policy check's worker), JIT (C1, C2 compiler threads),
#              GC/VM; read from /proc every 0.1 s, the last value of each thread
#   classes    classes the JVM loaded (-Xlog:class+load), of which generated lambda classes
# then, with PROFILE=1, one more run of each with JFR (1 ms method sampling, stack depth 256; the
# recordings are kept in $OUT for `jfr print` or JDK Mission Control) and jsii's request count
# (JSII_DEBUG=1): the requests Groundwork makes that plain CDK does not.
#
# Usage: benchmarks/synth-profile.sh            RUNS=5 PROFILE=1 OUT=/tmp/profile benchmarks/synth-profile.sh
# Builds with the reactor first (mvn -q -o -pl benchmarks -am package -DskipTests; never install).
set -euo pipefail
RUNS="${RUNS:-3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/synth-profile.XXXXXX")}"
mkdir -p "$OUT"
NODE="${JSII_NODE:-$("$ROOT/scripts/ensure-node.sh")}"
export CDK_VALIDATION=false
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install -y time)" >&2; exit 1; }
printf '#!/bin/sh\nexec /usr/bin/time -f "%%U %%S" -o "$NODE_TIME_FILE" "%s" "$@"\n' "$NODE" >"$OUT/node"
chmod +x "$OUT/node"
(cd "$ROOT" && mvn -q -o -pl benchmarks -am package -DskipTests -Dinvoker.skip=true) >&2
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"

# java_below <pid>: the java process among the descendants of <pid>, once started.
java_below() {
  local p
  for p in $(cat /proc/"$1"/task/*/children 2>/dev/null); do
    if [[ "$(cat /proc/"$p"/comm 2>/dev/null)" == java ]]; then echo "$p"; return; fi
    java_below "$p"
  done
}

# run <variant> <main> [JVM options...]: runs it in a fresh directory ($DIR), sampling its threads.
run() {
  local main="$2"; shift 2
  DIR="$(mktemp -d "$OUT/run.XXXX")"
  ln -s "$ROOT/samples/images" "$DIR/images"
  (cd "$DIR" && JSII_NODE="$OUT/node" NODE_TIME_FILE="$DIR/node-time.txt" exec /usr/bin/time -f '%U %S' -o time.txt \
    java "$@" -Xlog:class+load=info:file=classes.txt -cp "$CP" "$main" >out.txt 2>&1) &
  local pid=$!
  local jvm=""
  while [[ -z "$jvm" ]] && kill -0 "$pid" 2>/dev/null; do jvm=$(java_below "$pid"); sleep 0.05; done
  while kill -0 "$pid" 2>/dev/null; do
    [[ -n "$jvm" ]] && cat /proc/"$jvm"/task/*/stat >>"$DIR/threads.txt" 2>/dev/null || true
    sleep 0.1
  done
  wait "$pid" || { echo "$main failed:" >&2; tail -n 20 "$DIR/out.txt" >&2; exit 1; }
}

report() {
  local variant="$1" hz; hz=$(getconf CLK_TCK)
  read -r user sys <"$DIR/time.txt"; read -r nuser nsys <"$DIR/node-time.txt"
  awk -v v="$variant" -v u="$user" -v s="$sys" -v nu="$nuser" -v ns="$nsys" 'BEGIN {
    printf "%-12s process: total %.2f s = JVM %.2f + Node.js %.2f\n", v, u + s, u + s - nu - ns, nu + ns }'
  # /proc/<pid>/task/<tid>/stat: the name in parentheses, then utime and stime as fields 14 and 15.
  awk -v hz="$hz" -v v="$variant" '{
      name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
      split(substr($0, index($0, ") ") + 2), f, " ")
      t = f[12] + f[13]; if (t > max[$1]) { max[$1] = t }; group[$1] = name
    } END {
      for (tid in max) {
        g = group[tid]
        if (g ~ /^C1 Compiler/) g = "JIT C1"; else if (g ~ /^C2 Compiler/) g = "JIT C2"
        else if (g ~ /^(GC|G1|VM )/) g = "GC/VM"; else if (g ~ /^groundwork-pol/) g = "groundwork-policy"; else if (g != "main" && g != "java") g = "other"
        if (g == "java") g = "main"
        sum[g] += max[tid] / hz
      }
      printf "%-12s threads:", v; for (g in sum) if (sum[g] >= 0.01) printf " %s %.2f s,", g, sum[g]; printf "\n"
    }' "$DIR/threads.txt" | sed 's/,$//'
  printf '%-12s classes: %d loaded, %d of them generated lambda classes\n' "$variant" \
    "$(grep -c '\[class,load\]' "$DIR/classes.txt")" "$(grep -c '\$\$Lambda\$' "$DIR/classes.txt")"
  rm -rf "$DIR"
}

echo "synth-profile: $RUNS alternating rounds, $(nproc) CPUs, $(java -version 2>&1 | head -n 1), node $("$NODE" --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
  run groundwork dev.groundwork.benchmarks.GroundworkReferenceApp; report groundwork
  run plain dev.groundwork.benchmarks.PlainCdkReferenceApp; report plain-cdk
done
if [[ -n "${PROFILE:-}" ]]; then
  for v in groundwork:GroundworkReferenceApp plain-cdk:PlainCdkReferenceApp; do
    JFC="$OUT/sampling.jfc"
    sed -e '/jdk.ExecutionSample/,/<\/event>/ s|<setting name="period"\([^>]*\)>[^<]*<|<setting name="period"\1>1 ms<|' \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" >"$JFC"
    JSII_DEBUG=1 run "${v%%:*}" "dev.groundwork.benchmarks.${v#*:}" \
      "-XX:StartFlightRecording=settings=$JFC,filename=$OUT/${v%%:*}.jfr" -XX:FlightRecorderOptions=stackdepth=256
    printf '%-12s jsii requests: %d; JFR recording: %s\n' "${v%%:*}" "$(grep -c '^> ' "$DIR/out.txt")" "$OUT/${v%%:*}.jfr"
    rm -rf "$DIR"
  done
fi
