#!/usr/bin/env bash
# Benchmark (a): wall time from `java -jar target/innoport.jar` to /actuator/health/readiness = UP,
# on existing data (embedded PostgreSQL in BENCH_DATA, demo profile = what `./mvnw spring-boot:run` runs).
#
#   bench/start-to-ready.sh [RUNS=5]
#
# The first start creates the data (initdb, migrations, demo users) and is not counted. Then RUNS starts,
# each polled every 50 ms and stopped with SIGTERM (waiting until the process and PostgreSQL are gone).
# BENCH_JVM_OPTS adds JVM options (e.g. -XX:TieredStopAtLevel=1, which `./mvnw spring-boot:run` uses);
# BENCH_LABEL names the Markdown summary (target/bench/start-to-ready[-LABEL].md).
# BENCH_AOT=yes (JDK 25+) measures the start with an AOT cache (JEP 483/514): the jar is extracted
# (java -Djarmode=tools -jar target/innoport.jar extract), the first start is a training run that writes
# target/bench/app.aot, and the counted starts run the extracted jar with -XX:AOTCache=target/bench/app.aot.
set -euo pipefail
source "$(dirname "$0")/common.sh"

RUNS=${1:-5}
TICK=$(getconf CLK_TCK)

# CPU time (user + system) the JVM process has used so far, in ms; contention on the machine changes it little.
cpu_ms() {
    local fields
    read -r -a fields < <(sed -E 's/^.*\) //' "/proc/$1/stat")
    echo $(( (fields[11] + fields[12]) * 1000 / TICK ))
}
OUT="$ROOT/target/bench"
mkdir -p "$OUT"
trap 'stop_app || true' EXIT

build_jar
port_free || exit 1

if [[ -f "$BENCH_DATA/pg/PG_VERSION" ]]; then state="existing data"; else state="new data directory"; fi
echo "preparing data in $BENCH_DATA (first start, $state, not counted)"
t0=$(now_ms)
start_app "$OUT/start-prepare.log"
wait_ready 0.05
echo "  first start: $(( $(now_ms) - t0 )) ms"
stop_app

if [[ "${BENCH_AOT:-no}" == yes ]]; then
    rm -rf "$OUT/extracted" "$OUT/app.aot"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" >/dev/null
    RUN_JAR="$OUT/extracted/innoport.jar"
    echo "training the AOT cache (start until the context is refreshed, then exit; not counted)"
    t0=$(now_ms)
    (cd "$BENCH_DATA" && timeout 600 "$JAVA" -XX:AOTCacheOutput="$OUT/app.aot" -Dspring.context.exit=onRefresh \
        -jar "$RUN_JAR" --server.port="$BENCH_PORT" --innoport.database.embedded.port="$BENCH_PG_PORT" \
        --innoport.database.embedded.data-directory="$BENCH_DATA/pg" >"$OUT/start-aot-training.log" 2>&1)
    [[ -f "$OUT/app.aot" ]] || { echo "no AOT cache written (JDK 25+ needed): see $OUT/start-aot-training.log" >&2; exit 1; }
    echo "  training: $(( $(now_ms) - t0 )) ms, cache $(du -h "$OUT/app.aot" | cut -f1)"
    BENCH_JVM_OPTS="${BENCH_JVM_OPTS:-} -XX:AOTCache=$OUT/app.aot"
fi

times=()
cpus=()
rows=()
for run in $(seq 1 "$RUNS"); do
    log="$OUT/start-run-$run.log"
    t0=$(now_ms)
    start_app "$log"
    wait_ready 0.05
    elapsed=$(( $(now_ms) - t0 ))
    cpu=$(cpu_ms "$APP_PID")
    spring=$(grep -o 'Started InnoPortApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log" | head -n 1 || true)
    times+=("$elapsed")
    cpus+=("$cpu")
    rows+=("| $run | $elapsed | $cpu | $(sed -E 's/Started InnoPortApplication in ([0-9.]+) seconds \(process running for ([0-9.]+)\)/\1 s (JVM up \2 s)/' <<<"${spring:-?}") |")
    printf '  run %d: %5d ms to ready, %5d ms CPU   (%s)\n' "$run" "$elapsed" "$cpu" "${spring:-no Spring start line}"
    stop_app
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
count=${#sorted[@]}
if (( count % 2 == 1 )); then
    median=${sorted[$(( count / 2 ))]}
else
    median=$(( (sorted[count / 2 - 1] + sorted[count / 2]) / 2 ))
fi
echo
echo "start to ready on existing data, $count runs: min ${sorted[0]} ms, median $median ms, max ${sorted[$(( count - 1 ))]} ms"
cpu_sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "JVM CPU time (user+system) to ready: median ${cpu_sorted[$(( count / 2 ))]} ms"
echo "JVM options: ${BENCH_JVM_OPTS:-none}"
echo "machine: $(nproc) cores, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

{
    echo "| run | wall time to ready (ms) | JVM CPU time to ready (ms) | Spring's \"Started … in\" |"
    echo "|---:|---:|---:|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "**min ${sorted[0]} ms, median $median ms, max ${sorted[$(( count - 1 ))]} ms** over $count starts" \
         "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)); median JVM CPU time ${cpu_sorted[$(( count / 2 ))]} ms."
} >"$OUT/start-to-ready${BENCH_LABEL:+-$BENCH_LABEL}.md"
echo "Markdown: $OUT/start-to-ready${BENCH_LABEL:+-$BENCH_LABEL}.md"
