#!/usr/bin/env bash
# Issue 21, memory at scale: serve a generated store of N triples with a 1 GB heap through 1, 4 and 16 clients of the
# engine benchmark's generic and library mixes (DiploKG alone), and report errors, throughput, p95 and the server's
# peak RSS.   bench/memory-scale.sh [N] [STORE_DIR]     (defaults: 50000000, target/bench-data/store-N)
# The store is built when missing: `generate --triples N --seed 1` (kept in target/bench-data/gen-N.nq.gz, or GEN)
# and `load --store DIR --validate=off` with data/. Served with the settings of bench/engines.sh (no background
# precomputation or hub pages, so p95 compares with its 1 M and 10 M runs), queries may wait up to QUEUE_WAIT (300s)
# for one of the 4 query slots instead of being refused, and run up to QUERY_TIMEOUT (300s); the clients wait CLIENT_WAIT (600 s).
# Answers keep the server's default cap of MAX_ROWS (50,000) rows: the server holds a SELECT answer in memory
# before writing it, and with a 10,000,000-row cap a 50 M store's largest reports exhausted a 1 GB heap (the OOM also
# killed Tomcat's connection poller, so the server stopped answering). Env: HEAP (-Xmx1g), STEP_SECONDS (60), WARMUP_SECONDS (20),
# CLIENTS (1,4,16), JAR (target/diplokg.jar). Results: bench/results/memory-N-DATE.json and .md (EngineReport).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-50000000}"; STORE="${2:-target/bench-data/store-$N}"
HEAP="${HEAP:--Xmx1g}"; JAR="${JAR:-target/diplokg.jar}"; WAIT="${QUEUE_WAIT:-300s}"; QT="${QUERY_TIMEOUT:-300s}"
JAVA="$(./diplokg --print-java)"
[ -f "$JAR" ] || ./mvnw -B -q -o package -DskipTests >&2
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-data target/bench bench/results
if [ ! -d "$STORE" ]; then
  GEN="${GEN:-target/bench-data/gen-$N.nq.gz}"
  [ -f "$GEN" ] || "$JAVA" -Xmx4g -jar "$JAR" generate --triples "$N" --seed 1 -o "$GEN" >&2
  /usr/bin/time -f "load: %e s wall, %U s user, %M KiB peak RSS" \
    "$JAVA" -Xmx4g -jar "$JAR" load --store "$STORE" --validate=off data "$GEN" >&2
fi
PORT=$("$JAVA" -cp target/test-classes org.diplokg.bench.engines.FreePort)
LOG="target/bench/memory-$N-server.log"
"$JAVA" $HEAP -jar "$JAR" serve --store "$STORE" --port "$PORT" --spring diplokg.profiles.hubs=0 --spring diplokg.queries.precompute=false \
  --spring diplokg.sparql.queue-wait="$WAIT" --spring diplokg.sparql.query-timeout="$QT" \
  --spring diplokg.sparql.max-result-rows="${MAX_ROWS:-50000}" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/sparql?query=ASK%7B%7D"; do
  kill -0 $PID 2>/dev/null || { echo "server exited, see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
  sleep 1
done
# peak RSS of the server, sampled every second while the clients run
( while kill -0 $PID 2>/dev/null; do awk '/VmHWM/ {print $2}' /proc/$PID/status; sleep 1; done ) > target/bench/memory-$N-rss.txt &
OUT="target/bench/memory-$N.json"
"$JAVA" -Xmx3g -cp "$CP" org.diplokg.bench.engines.EngineBenchmark --size "$N" --out "$OUT" \
  --step-seconds "${STEP_SECONDS:-60}" --warmup-seconds "${WARMUP_SECONDS:-20}" --clients "${CLIENTS:-1,4,16}" \
  --timeout-seconds "${CLIENT_WAIT:-600}" "diplokg=http://127.0.0.1:$PORT/sparql@$PID"
echo "server peak RSS: $(sort -n target/bench/memory-$N-rss.txt | tail -1) KiB; out of memory: $(grep -c OutOfMemoryError "$LOG" || true); 5xx in log: $(grep -c 'status=50[0-9]' "$LOG" || true)"
"$JAVA" -cp "$CP" org.diplokg.bench.engines.EngineReport "bench/results/memory-$N-$(date -u +%Y-%m-%d)" "$OUT"
