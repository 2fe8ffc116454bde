#!/usr/bin/env bash
# Runs every benchmark and replaces the results section of docs/benchmarks.md (between the
# `<!-- results:start -->` and `<!-- results:end -->` markers) with what it measured.
#
#   bench/run-all.sh            # start-to-ready (5 runs: default, C1 only, AOT cache) + load (32 clients)
#   BENCH_WAIT_QUIET=900 bench/run-all.sh   # on a shared machine: first wait up to 900 s (per step) for load < 1
#   BENCH_SKIP_START=yes bench/run-all.sh   # rerun only the load benchmark, reusing the last start-to-ready results
set -euo pipefail
source "$(dirname "$0")/common.sh"

OUT="$ROOT/target/bench"
DOC="$ROOT/docs/benchmarks.md"
mkdir -p "$OUT"
build_jar

wait_quiet
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ "${BENCH_SKIP_START:-no}" == yes && -f "$OUT/start-to-ready.md" ]]; then
    echo "BENCH_SKIP_START=yes: reusing the start-to-ready results in $OUT"
    start_note=" (start-to-ready figures from the run of $(date -u -r "$OUT/start-to-ready.md" '+%Y-%m-%d %H:%M') UTC)"
else
    "$ROOT/bench/start-to-ready.sh" 5
    wait_quiet
    BENCH_JVM_OPTS=-XX:TieredStopAtLevel=1 BENCH_LABEL=c1 "$ROOT/bench/start-to-ready.sh" 5
    wait_quiet
    if "$JAVA" -XX:AOTCache=/nonexistent -version >/dev/null 2>&1; then
        BENCH_AOT=yes BENCH_LABEL=aot "$ROOT/bench/start-to-ready.sh" 5
    else
        echo "*pending: needs JDK 25 (AOT cache).*" >"$OUT/start-to-ready-aot.md"
    fi
fi
wait_quiet
set +e
"$ROOT/bench/load.sh" >"$OUT/load-latest.txt"
load_status=$?
set -e
cat "$OUT/load-latest.txt"
[[ $load_status -eq 0 || $load_status -eq 3 ]] || { echo "load benchmark failed (status $load_status)" >&2; exit 1; }

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')
java_version=$("$JAVA" -version 2>&1 | head -n 1)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
{
    echo "<!-- results:start -->"
    echo "### Run of $(date -u '+%Y-%m-%d %H:%M') UTC (commit \`$commit\`)"
    echo
    echo "Machine: $(nproc) cores ($cpu), $memory, $java_version. Load average before the run: $load_before."
    echo
    echo "#### (a) Start to ready on existing data — \`bench/start-to-ready.sh 5\`${start_note:-}"
    echo
    echo "\`java -jar target/innoport.jar\` (default JVM options):"
    echo
    cat "$OUT/start-to-ready.md"
    echo
    echo "With \`-XX:TieredStopAtLevel=1\`, as \`./mvnw spring-boot:run\` starts it"
    echo "(\`BENCH_JVM_OPTS=-XX:TieredStopAtLevel=1 bench/start-to-ready.sh 5\`):"
    echo
    cat "$OUT/start-to-ready-c1.md"
    echo
    echo "With an AOT cache (JDK 25, extracted jar, \`-XX:AOTCache\`; \`BENCH_AOT=yes bench/start-to-ready.sh 5\`):"
    echo
    cat "$OUT/start-to-ready-aot.md"
    echo
    echo "#### (b) HTTP load, 32 clients, 5 s warm-up + 20 s measured per scenario — \`bench/load.sh\`"
    echo
    grep -E '^(\||ratio )' "$OUT/load-latest.txt" | sed -E 's/^ratio (.*)$/\n**ratio \1**/'
    echo "<!-- results:end -->"
} >"$OUT/results.md"

awk -v results="$OUT/results.md" '
    /<!-- results:start -->/ { while ((getline line < results) > 0) print line; skipping = 1; next }
    /<!-- results:end -->/ { skipping = 0; next }
    !skipping { print }
' "$DOC" >"$OUT/benchmarks.md.new"
mv "$OUT/benchmarks.md.new" "$DOC"
echo "updated $DOC"
