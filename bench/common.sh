# Shared by the bench scripts: building the jar, starting and stopping the application on loopback.
# Settings (environment): BENCH_PORT=8184  BENCH_PG_PORT=54384  BENCH_DATA=target/bench/data  READY_TIMEOUT=120

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JAR="$ROOT/target/innoport.jar"      # what build_jar builds
RUN_JAR=$JAR                         # what start_app runs (the extracted jar for the AOT cache variant)
BENCH_PORT=${BENCH_PORT:-8184}
BENCH_PG_PORT=${BENCH_PG_PORT:-54384}
BENCH_DATA=${BENCH_DATA:-$ROOT/target/bench/data}
READY_TIMEOUT=${READY_TIMEOUT:-120}
BASE_URL="http://127.0.0.1:$BENCH_PORT"
APP_PID=""

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

build_jar() {
    if [[ ! -f "$JAR" || "${REBUILD:-no}" == yes ]]; then
        echo "building $JAR (./mvnw -B package -DskipTests)"
        (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
    fi
}

# start_app LOG [extra args...]: starts the jar in the background on the bench ports and data directory.
start_app() {
    local log=$1
    shift
    mkdir -p "$BENCH_DATA"
    (cd "$BENCH_DATA" && exec "$JAVA" ${BENCH_JVM_OPTS:-} -jar "$RUN_JAR" \
        --server.port="$BENCH_PORT" \
        --innoport.database.embedded.port="$BENCH_PG_PORT" \
        --innoport.database.embedded.data-directory="$BENCH_DATA/pg" \
        "$@" >"$log" 2>&1) &
    APP_PID=$!
}

# wait_ready INTERVAL_SECONDS: polls readiness until UP; fails after READY_TIMEOUT or when the process died.
wait_ready() {
    local interval=${1:-0.05}
    local deadline=$(( $(now_ms) + READY_TIMEOUT * 1000 ))
    while (( $(now_ms) < deadline )); do
        kill -0 "$APP_PID" 2>/dev/null || { echo "the application exited before it was ready" >&2; return 1; }
        if curl -fs --max-time 1 "$BASE_URL/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
            return 0
        fi
        sleep "$interval"
    done
    echo "not ready within ${READY_TIMEOUT}s" >&2
    return 1
}

# stop_app: SIGTERM, then wait (bounded) until the process and its embedded PostgreSQL are gone.
stop_app() {
    [[ -n "$APP_PID" ]] || return 0
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.05; done
    if kill -0 "$APP_PID" 2>/dev/null; then
        echo "the application did not stop within 30 s; killing it" >&2
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    for _ in $(seq 1 200); do [[ -f "$BENCH_DATA/pg/postmaster.pid" ]] || return 0; sleep 0.05; done
    echo "embedded PostgreSQL still running after the application stopped ($BENCH_DATA/pg/postmaster.pid)" >&2
    return 1
}

# port_free: neither the HTTP port nor the embedded PostgreSQL port is taken. A PostgreSQL already listening on
# BENCH_PG_PORT (another checkout's benchmark, say) would otherwise be used instead of the one in BENCH_DATA.
port_free() {
    if curl -s -o /dev/null --max-time 1 "$BASE_URL/" 2>/dev/null; then
        echo "port $BENCH_PORT is in use: set BENCH_PORT" >&2
        return 1
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$BENCH_PG_PORT") 2>/dev/null; then
        echo "port $BENCH_PG_PORT is in use (another PostgreSQL?): set BENCH_PG_PORT" >&2
        return 1
    fi
}

# wait_quiet: on a shared machine, waits (at most BENCH_WAIT_QUIET seconds, default 0 = not at all) until the
# 1-minute load average is below BENCH_QUIET_LOAD (default 1.0), so that other work does not skew the figures.
wait_quiet() {
    local limit=${BENCH_WAIT_QUIET:-0} threshold=${BENCH_QUIET_LOAD:-1.0} waited=0
    while (( waited < limit )); do
        awk -v t="$threshold" '{ exit !($1 < t) }' /proc/loadavg && return 0
        sleep 5
        waited=$(( waited + 5 ))
    done
    (( limit == 0 )) || echo "machine still busy after ${limit}s (load average $(cut -d' ' -f1-3 /proc/loadavg)); measuring anyway"
}
