#!/usr/bin/env bash
# Exchange benchmarks: bench/exchange/run.sh judged | bench/exchange/run.sh scale [listings=1000000] [queries=300]
# Builds the application classes, then runs ExchangeBenchmark.java (Java source launcher) on the project classpath.
# Writes target/bench/exchange-<mode>.md (copied into docs/benchmarks-exchange.md by hand, with the command).
# PostgreSQL port: -Dpg.port via BENCH_PG_PORT (default 54393). The scale mode needs ~4 GB heap for 1M listings.
# Scale mode only: BENCH_DATA=<dir> keeps the database and the index in <dir> and reuses them on the next run with the
# same listing count (no COPY, no indexing); BENCH_ILIKE=no skips the PostgreSQL comparison (quick iterations only);
# BENCH_FILTERED=yes times the same queries with filters and as a later page instead (two-step search against scoring
# every hit); BENCH_JVM_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=target/bench/exchange.jfr).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ "${SKIP_BUILD:-no}" != yes ]; then
  ./mvnw -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
fi
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-4g}" ${BENCH_JVM_OPTS:-} -Dpg.port="${BENCH_PG_PORT:-54393}" \
  -Dbench.data="${BENCH_DATA:-}" -Dbench.ilike="${BENCH_ILIKE:-yes}" -Dbench.filtered="${BENCH_FILTERED:-no}" \
  -cp "target/classes:$(cat target/bench.classpath)" bench/exchange/ExchangeBenchmark.java "$@"
