#!/usr/bin/env bash
# Measures start-up of the packaged server with -Xmx256m on a fresh store loaded from data/:
# time from process start to the first successful SPARQL answer, and the heap after loading.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/diplokg.jar ] || ./mvnw -B -q package -DskipTests
store=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
start=$(date +%s.%N)
DIPLOKG_JAVA_OPTS="-Xmx256m" ./diplokg serve --port "$port" --store "$store" > target/bench-startup.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$store"' EXIT
until curl -sf "http://127.0.0.1:$port/sparql?query=ASK%7B%7D" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "server died:"; tail -30 target/bench-startup.log; exit 1; }
  sleep 0.1
done
end=$(date +%s.%N)
count=$(curl -s -H 'Accept: text/csv' "http://127.0.0.1:$port/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7BGRAPH%20%3Fg%7B%3Fs%20%3Fp%20%3Fo%7D%7D" | tail -1)
heap=$(curl -s "http://127.0.0.1:$port/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ {s+=$NF} END {printf "%.1f", s/1048576}')
grep -E "Loaded [0-9]+ quads" target/bench-startup.log | sed 's/.*: //' || true
printf 'start-up to first answer with -Xmx256m: %.2f s; quads in named graphs: %s; heap used: %s MiB\n' "$(echo "$end - $start" | bc)" "$count" "$heap"
