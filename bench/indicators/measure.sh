#!/usr/bin/env bash
# Measures the dashboard, the indicator page and the audit of the running bench instance (HTTP, server on localhost)
# and, at SQL level, the statements they issue beside the naive alternatives. Usage:
#   bench/indicators/measure.sh <http-port> <pg-port> [calls]     (HTTP_ONLY=1: skip the SQL comparisons)
set -euo pipefail
HTTP=${1:-8187}; PG=${2:-54387}; CALLS=${3:-30}
DIR=$(cd "$(dirname "$0")" && pwd)
OUT=$(mktemp -d)

pct() { # file of numbers (ms) -> "p50 p95 n"
  sort -n "$1" | awk '{a[NR]=$1} END {p50=a[int((NR+1)*0.5)]; i=int(NR*0.95+0.999); if(i<1)i=1; p95=a[i]; printf "%.1f %.1f %d", p50, p95, NR}'
}

http() { # name url
  local f="$OUT/$1"; : > "$f"
  curl -s -o /dev/null "http://localhost:$HTTP$2"   # warm-up
  for _ in $(seq "$CALLS"); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$HTTP$2" | awk '{printf "%.3f\n", $1*1000}' >> "$f"
  done
  read -r p50 p95 n <<<"$(pct "$f")"; printf '| HTTP %-40s | %8s | %8s | %4s |\n' "$2" "$p50" "$p95" "$n"
}

sql() { # name file transactions
  local log="$OUT/pgbench-$1"
  (cd "$OUT" && pgbench -n -h localhost -p "$PG" -U postgres -f "$DIR/$2" -t "$3" --log --log-prefix="$1" innoport >/dev/null 2>&1)
  awk '{printf "%.3f\n", $3/1000}' "$OUT"/"$1".* > "$OUT/$1.ms"
  read -r p50 p95 n <<<"$(pct "$OUT/$1.ms")"; printf '| SQL  %-40s | %8s | %8s | %4s |\n' "$2" "$p50" "$p95" "$n"
  echo "$p50" > "$OUT/$1.p50"
}

echo "values: $(psql -h localhost -p "$PG" -U postgres -Atc 'select count(*) from indicators.data_values' innoport)"
echo "| what | p50 ms | p95 ms | n |"
echo "|---|---:|---:|---:|"
http dashboard-page /dashboard
http targets-api "/api/v1/targets?size=200"
http audit-api "/api/v1/audit-findings?size=200"
http indicator-page /indicators/bench_01
if [ "${HTTP_ONLY:-0}" = 1 ]; then rm -rf "$OUT"; exit 0; fi
sql dash-agg dashboard-aggregated.sql "$CALLS"
sql dash-naive dashboard-naive.sql 5
sql audit-naive audit-naive.sql 3
awk -v a="$(cat "$OUT/dash-agg.p50")" -v n="$(cat "$OUT/dash-naive.p50")" -v o="$(cat "$OUT/audit-naive.p50")" \
  'BEGIN {printf "\nratio naive/aggregated (dashboard reads, p50): %.1fx; old audit read (all areas) / city-only read: %.1fx\n", n/a, o/a}'
rm -rf "$OUT"
