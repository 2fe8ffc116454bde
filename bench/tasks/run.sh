#!/usr/bin/env bash
# Tasks benchmark (issue 5):
#   bench/tasks/run.sh [tasks=100000] [disbursements=1000000] [list requests=300] [portfolio requests=40] [naive runs=3]
# Builds the application classes, then runs TasksBenchmark.java (Java source launcher) on the project classpath: the
# application starts in that JVM (demo profile, throw-away embedded PostgreSQL on 54386, HTTP on 8186; override with
# BENCH_PORT / BENCH_PG_PORT), the data is generated with bench/tasks/generate.sql, and the list and the portfolio are
# measured through HTTP with a Bearer token. Prints the results and writes them to target/bench/tasks-results.md
# (docs/benchmarks-tasks.md keeps them with notes). Several minutes on 2 cores, ~2 GB heap.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
TASKS_PORT=${BENCH_PORT:-8186}
TASKS_PG_PORT=${BENCH_PG_PORT:-54386}
source bench/common.sh   # wait_quiet: BENCH_WAIT_QUIET=900 waits for a 1-minute load average below BENCH_QUIET_LOAD
./mvnw -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
wait_quiet
"$JAVA_HOME/bin/java" -Xmx2g -Dbench.port="$TASKS_PORT" -Dbench.pgPort="$TASKS_PG_PORT" \
  -Dbench.commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')" \
  -cp "target/classes:$(cat target/bench.classpath)" \
  bench/tasks/TasksBenchmark.java "$@"
