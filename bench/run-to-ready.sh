#!/usr/bin/env bash
# Benchmark (a) as a newcomer runs it: the README command `./mvnw spring-boot:run`, started again and again on
# existing data (embedded PostgreSQL in BENCH_DATA, demo profile).
#
#   bench/run-to-ready.sh [RUNS=5]
#
# Per start it reports the application JVM's time from its process start to /actuator/health/readiness = UP (the
# "second start ≤ 8 s" of issue 2), the JVM's CPU time to ready, and the wall time from the Maven command (Maven's own
# up-to-date checks included). The first start is not counted: it creates the data if needed and, after a build
# changed the classes, trains the AOT cache in the background (ADR 0041); the script waits for that cache.
set -euo pipefail
source "$(dirname "$0")/common.sh"

RUNS=${1:-5}
TICK=$(getconf CLK_TCK)
OUT="$ROOT/target/bench"
mkdir -p "$OUT"
trap 'stop_run || true' EXIT

field() { sed -E 's/^.*\) //' "/proc/$1/stat" | cut -d' ' -f"$2"; }   # field N after the command name (state = 1)
cpu_ms() { echo $(( ($(field "$1" 12) + $(field "$1" 13)) * 1000 / TICK )); }
age_ms() { echo $(( $(cut -d' ' -f1 /proc/uptime | tr -d .)0 - $(field "$1" 20) * 1000 / TICK )); }

start_run() {
    mkdir -p "$BENCH_DATA"
    (cd "$ROOT" && exec setsid ./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$BENCH_PORT \
--innoport.database.embedded.port=$BENCH_PG_PORT --innoport.database.embedded.data-directory=$BENCH_DATA/pg" \
        >"$1" 2>&1) &
    APP_PID=$!
}
stop_run() {
    [[ -n "$APP_PID" ]] || return 0
    kill -TERM -- "-$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 600); do pgrep -s "$APP_PID" >/dev/null || break; sleep 0.05; done
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    for _ in $(seq 1 200); do [[ -f "$BENCH_DATA/pg/postmaster.pid" ]] || return 0; sleep 0.05; done
}
jvm_pid() { pgrep -o -s "$APP_PID" -f InnoPortApplication; }   # the oldest: not a training JVM

port_free || exit 1
echo "first start (not counted): data in $BENCH_DATA, AOT cache training if the classes changed"
start_run "$OUT/run-prepare.log"
wait_ready 0.05
sleep 5
if grep -q "Training the AOT cache" "$OUT/run-prepare.log"; then
    for _ in $(seq 1 600); do grep -q "written; the next start uses it\|AOT cache training" "$OUT/run-prepare.log" && break; sleep 1; done
    grep -o "AOT cache .*" "$OUT/run-prepare.log" | tail -n 1
fi
stop_run

rows=() ages=()
for run in $(seq 1 "$RUNS"); do
    log="$OUT/run-$run.log"
    t0=$(now_ms)
    start_run "$log"
    wait_ready 0.05
    wall=$(( $(now_ms) - t0 ))
    pid=$(jvm_pid)
    age=$(age_ms "$pid")
    cpu=$(cpu_ms "$pid")
    ages+=("$age")
    rows+=("| $run | $age | $cpu | $wall |")
    printf '  run %d: JVM start to ready %5d ms, JVM CPU %5d ms, command to ready %5d ms\n' "$run" "$age" "$cpu" "$wall"
    stop_run
done
sorted=($(printf '%s\n' "${ages[@]}" | sort -n))
median=${sorted[$(( ${#sorted[@]} / 2 ))]}
echo "JVM start to ready, ${#sorted[@]} starts: min ${sorted[0]} ms, median $median ms, max ${sorted[-1]} ms" \
     "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
{
    echo "| run | JVM start to ready (ms) | JVM CPU time to ready (ms) | \`./mvnw spring-boot:run\` to ready (ms) |"
    echo "|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "**JVM start to ready: min ${sorted[0]} ms, median $median ms, max ${sorted[-1]} ms** over ${#sorted[@]} starts" \
         "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))."
} >"$OUT/run-to-ready.md"
echo "Markdown: $OUT/run-to-ready.md"
