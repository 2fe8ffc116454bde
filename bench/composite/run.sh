#!/usr/bin/env bash
# Composite index engine benchmark: one run over UNITS x INDICATORS (default 200 x 100), in-process.
# Usage (from the worktree root): bench/composite/run.sh [units] [indicators] [runs] [repeats]
# Needs target/classes (./mvnw -B -q compile). Each repeat is a fresh JVM, so "first run" is a cold start.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAVAC="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/javac"
mkdir -p target/bench-composite
"$JAVAC" -q -cp target/classes -d target/bench-composite bench/composite/CompositeBench.java 2>/dev/null \
  || "$JAVAC" -cp target/classes -d target/bench-composite bench/composite/CompositeBench.java
echo "machine: $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
for i in $(seq 1 "${4:-3}"); do
  "$JAVA" -cp target/classes:target/bench-composite CompositeBench "${1:-200}" "${2:-100}" "${3:-200}"
done
