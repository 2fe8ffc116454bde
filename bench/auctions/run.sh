#!/usr/bin/env bash
# Auction bid benchmark: bench/auctions/run.sh [bidders=50] [seconds=30] [warmup-seconds=30]
# Builds the application classes, then runs AuctionBenchmark.java (Java source launcher) on the project classpath:
# the whole application (web server on BENCH_PORT, default 8096; embedded PostgreSQL with fsync=on on BENCH_PG_PORT,
# default 54396, in a throw-away directory) and, in the same JVM, N closed-loop HTTP bidders with Bearer tokens.
# Writes target/bench/auctions.md (copied into docs/benchmarks-auctions.md by hand, with the command).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ "${SKIP_BUILD:-no}" != yes ]; then
  ./mvnw -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
fi
mkdir -p target/bench
"$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-2g}" -Dserver.port="${BENCH_PORT:-8096}" -Dpg.port="${BENCH_PG_PORT:-54396}" \
  -cp "target/classes:$(cat target/bench.classpath)" bench/auctions/AuctionBenchmark.java "$@"
