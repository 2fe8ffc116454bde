#!/usr/bin/env bash
# Directory benchmark: bench/directory/run.sh [rows=1000000] [queries=500] [report=docs/benchmarks-directory.md]
# Builds the application classes, then runs DirectoryBenchmark.java (Java source launcher) on the project classpath.
# Writes docs/benchmarks-directory.md. Needs ~4 GB heap for 1M rows; takes several minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
"$JAVA_HOME/bin/java" -Xmx4g -cp "target/classes:$(cat target/bench.classpath)" \
  bench/directory/DirectoryBenchmark.java "${1:-1000000}" "${2:-500}" "${3:-docs/benchmarks-directory.md}"
