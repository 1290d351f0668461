#!/usr/bin/env bash
# Issue 21 (memory/disk): how much a TDB2 store grows under heavy updates and what `compact` gives back.
#   bench/compact.sh [ROUNDS] [TRIPLES]   (defaults 40 rounds of a 20,000-triple graph replaced by PUT)
# Starts `serve --store` on a fresh store in target/bench-compact (data/ loaded), replaces one graph ROUNDS
# times with new content over the Graph Store Protocol (every round new literals, so new nodes), stops the
# server, then runs `compact`. Prints the store size after loading, after the updates and after compacting.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-40}"
TRIPLES="${2:-20000}"
JAVA="$(./diplokg --print-java)"
JAR=target/diplokg.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests -Dexec.skip=true package
WORK=target/bench-compact
rm -rf "$WORK"; mkdir -p "$WORK"
STORE="$WORK/store"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
TOKEN=bench-compact-token
size() { du -sb "$STORE" | cut -f1; }
DIPLOKG_UPDATE_TOKEN=$TOKEN "$JAVA" -Xmx1g -jar "$JAR" serve --store "$STORE" --spring server.port="$PORT" \
  --spring server.address=127.0.0.1 --spring diplokg.queries.precompute=false >"$WORK/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 1; done
loaded=$(size)
started=$(date +%s)
for r in $(seq 1 "$ROUNDS"); do
  python3 - "$r" "$TRIPLES" >"$WORK/round.nt" <<'PY'
import sys
r, n = int(sys.argv[1]), int(sys.argv[2])
for i in range(n):
    print(f'<urn:bench:s{i}> <urn:bench:value> "round {r} value {i}" .')
PY
  code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/n-triples' --data-binary @"$WORK/round.nt" \
    "http://127.0.0.1:$PORT/data?graph=urn:bench:churn")
  [ "$code" = 204 ] || [ "$code" = 201 ] || [ "$code" = 200 ] || { echo "round $r: HTTP $code" >&2; exit 1; }
done
elapsed=$(( $(date +%s) - started ))
kill $PID; wait $PID 2>/dev/null || true
trap - EXIT
updated=$(size)
c0=$(date +%s%N)
"$JAVA" -jar "$JAR" compact --store "$STORE" >"$WORK/compact.log" 2>&1
c1=$(date +%s%N)
compacted=$(size)
mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }
echo "| step | store size (MiB) |"
echo "|---|---:|"
echo "| data/ loaded | $(mb "$loaded") |"
echo "| after $ROUNDS PUTs of $TRIPLES triples (${elapsed} s) | $(mb "$updated") |"
echo "| after compact ($(( (c1 - c0) / 1000000 )) ms) | $(mb "$compacted") |"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
