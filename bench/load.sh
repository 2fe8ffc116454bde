#!/usr/bin/env bash
# Benchmark (b): throughput and latency under 32 concurrent clients, the authenticated API call beside a trivial
# endpoint on the same server in the same run (the ratio is the figure). Loopback only, bounded in time.
#
#   bench/load.sh [extra Load.java options, e.g. --scenarios liveness,session-page --duration 10]
#
# Starts target/innoport.jar (demo profile, embedded PostgreSQL in BENCH_DATA) unless BASE_URL_EXTERNAL is set,
# then runs bench/load/Load.java (32 clients, 5 s warm-up + 20 s measured per scenario) and stops the app.
set -euo pipefail
source "$(dirname "$0")/common.sh"

OUT="$ROOT/target/bench"
mkdir -p "$OUT"
REPORT="$OUT/load-$(date -u +%Y%m%dT%H%M%SZ).txt"

if [[ -n "${BASE_URL_EXTERNAL:-}" ]]; then
    BASE_URL=$BASE_URL_EXTERNAL
else
    trap 'stop_app || true' EXIT
    build_jar
    port_free || exit 1
    echo "starting $JAR on $BASE_URL (data in $BENCH_DATA)"
    start_app "$OUT/load-app.log"
    wait_ready 0.2
fi

set +e
"$JAVA" "$ROOT/bench/load/Load.java" --base-url "$BASE_URL" --clients 32 --warmup 5 --duration 20 "$@" | tee "$REPORT"
status=${PIPESTATUS[0]}
set -e
echo "report: $REPORT (exit status $status)"
exit "$status"
