#!/usr/bin/env bash
# A quick closed-loop load on a running DiploKG server: CLIENTS curl workers, each cycling through the generic
# benchmark queries (src/test/resources/bench/engines/generic, its own shuffled order) for SECONDS, then prints the
# requests done, the server's CPU seconds over the run (from /proc) and both per request. For A/B checks of server
# settings (e.g. the garbage collector, docs/operations.md); bench/engines.sh is the benchmark of record.
# Usage: bench/mix-loop.sh PORT SECONDS CLIENTS   (loopback only; the server's pid is found by its port)
set -euo pipefail
PORT=$1; SECS=$2; CLIENTS=$3
PID=$(pgrep -f "serve.*--port $PORT" | head -1)
DIR="$(cd "$(dirname "$0")/.." && pwd)/src/test/resources/bench/engines/generic"
OUT=$(mktemp -d)
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$PID/stat"; }
c0=$(cpu); end=$(( $(date +%s) + SECS ))
for c in $(seq 1 "$CLIENTS"); do
  (
    mapfile -t files < <(ls "$DIR"/*.rq | shuf --random-source=<(yes "$c"))
    n=0; i=0
    while [ "$(date +%s)" -lt "$end" ]; do
      f=${files[$((i % ${#files[@]}))]}; i=$((i + 1))
      curl -sf -o /dev/null --data-urlencode "query@$f" -H 'Accept: application/sparql-results+json' \
        "http://127.0.0.1:$PORT/sparql" && n=$((n + 1))
    done
    echo "$n" > "$OUT/$c"
  ) &
done
wait
c1=$(cpu); total=$(cat "$OUT"/* | paste -sd+ | bc); rm -rf "$OUT"
echo "requests=$total cpu_s=$(echo "$c1 - $c0" | bc) req_s=$(echo "scale=2; $total / $SECS" | bc)" \
  "cpu_ms_per_req=$(echo "scale=1; ($c1 - $c0) * 1000 / $total" | bc)"
