#!/usr/bin/env bash
# Profile page latency on a 10 M-triple store (issue 22): first request (empty page cache) and p50/p95 per page.
#   bench/profiles-10m.sh [TDB2_DIR]
# TDB2_DIR: an existing store (default: $DIPLOKG_BENCH_STORE, else target/bench-data/scale-10m/tdb2, built by
# `bench/run.sh data-10m` when missing). Serves it read-only with target/diplokg.jar (no background precomputation)
# on a free loopback port, finds the hubs by SPARQL (person with most holdings, person in most events, busiest event of
# that person, article with most evidence, organisation with most incoming links), warms the JVM on the
# runner-up of each (so "first" is the page's own first build, not the JIT's), then runs bench/profiles-url.sh
# on the hubs and the project's own pages. Vietnam's page is measured once at the end (every synthetic event
# involves Vietnam). Env: REQUESTS (default 10), WARMUP (default 2), JAR (default target/diplokg.jar), SERVE_ARGS
# (more serve options, e.g. "--spring diplokg.profiles.section-threads=1"), HUB_WAIT (seconds to wait for the hub
# pages' background build, default 1800). Serves a writable store: it ends with one write (a new event with Vietnam)
# and times Vietnam's page right after it (served from the last build) and once the hubs are rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-${DIPLOKG_BENCH_STORE:-target/bench-data/scale-10m/tdb2}}"
if [ ! -d "$store" ]; then
  bench/run.sh data-10m >&2
fi
jar="${JAR:-target/diplokg.jar}"
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests -Dexec.skip=true
port=$(( 20000 + RANDOM % 20000 ))
base="http://127.0.0.1:$port"
log=target/bench/profiles-10m-server.log
mkdir -p target/bench
"$(./diplokg --print-java)" -Xmx3g -jar "$jar" serve --store "$store" --port "$port" \
  --spring diplokg.queries.precompute=false --spring diplokg.update-token=bench-token ${SERVE_ARGS:-} > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "$base/sparql?query=ASK%7B%7D" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "server died:" >&2; tail -30 "$log" >&2; exit 1; }
  sleep 0.5
done
# hub pages (countries and organisations with the most links, and pages found slow) are built in the background:
# wait until each is built from the current data (HUB_WAIT seconds at most), so "first" times a reader's first request
started=$(date +%s)
until curl -sf "$base/api/profiles/hubs" | grep -q '"ready":true'; do
  kill -0 $pid 2>/dev/null || { echo "server died:" >&2; tail -30 "$log" >&2; exit 1; }
  [ $(( $(date +%s) - started )) -lt "${HUB_WAIT:-1800}" ] || { echo "hub pages not ready after ${HUB_WAIT:-1800} s" >&2; break; }
  sleep 2
done
echo "hub pages ready after $(( $(date +%s) - started )) s:"
curl -s "$base/api/profiles/hubs" | tr '{' '\n' | grep -o '"iri":"[^"]*","current":[a-z]*,"buildMillis":[0-9]*' | sed 's|https://w3id.org/diplokg||'
# the top two of a ranking query, as site paths
top2() {
  curl -s --data-urlencode "query=PREFIX dk: <https://w3id.org/diplokg/ontology#> $1" -H 'Accept: text/csv' "$base/sparql" \
    | tail -n +2 | head -2 | cut -d, -f1 | tr -d '\r' | sed 's|^https://w3id.org/diplokg||'
}
mapfile -t holder < <(top2 'SELECT ?x (COUNT(*) AS ?n) WHERE { ?h dk:holder ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 2')
mapfile -t partaker < <(top2 'SELECT ?x (COUNT(*) AS ?n) WHERE { ?e dk:participant ?x . ?x a dk:Person } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 2')
# (the busiest event among that person's: ranking all 140,000 events runs past the endpoint's time limit)
mapfile -t event < <(top2 "SELECT ?x (COUNT(*) AS ?n) WHERE { ?x dk:participant <https://w3id.org/diplokg${partaker[0]}> , ?p } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 2")
mapfile -t article < <(top2 'SELECT ?x (COUNT(*) AS ?n) WHERE { ?x a dk:Article . ?ev dk:source ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 2')
mapfile -t org < <(top2 'SELECT ?x (COUNT(*) AS ?n) WHERE { ?x a dk:Ministry . ?s ?p ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 2')
# a ranking that ran past the endpoint's time limit (a loaded machine) falls back to seed 1's hubs
[ ${#holder[@]} -ge 2 ] || holder=(/id/person/syn-dang-duc-an-99 /id/person/syn-dang-hai-an-144)
[ ${#partaker[@]} -ge 2 ] || partaker=(/id/person/syn-vu-xuan-an-127 /id/person/syn-duong-van-an-14)
[ ${#event[@]} -ge 2 ] || event=(/id/event/2002-12-05-syn-5e00000000009fd5-1 /id/event/2015-06-03-syn-5e00000000007cfe-0)
[ ${#article[@]} -ge 2 ] || article=(/id/article/12478cf7ea6dc59f /id/article/2248aa17375def70)
[ ${#org[@]} -ge 2 ] || org=(/id/org/vn-ministry-of-foreign-affairs /id/org/cn-ministry-of-foreign-affairs)
echo "hubs: ${holder[0]} ${partaker[0]} ${event[0]} ${article[0]} ${org[0]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
WARM="${holder[1]} ${partaker[1]} ${event[1]} ${article[1]} ${org[1]} /id/country/CN /id/mission/vn-embassy-us /id/partnership/VN-CN" \
REQUESTS="${REQUESTS:-10}" WARMUP="${WARMUP:-2}" bench/profiles-url.sh "$base" \
  "country (AU)=/id/country/AU" "organisation (MOFA, most incoming links)=${org[0]}" \
  "person (Bùi Thanh Sơn)=/id/person/bui-thanh-son" "person (most holdings)=${holder[0]}" \
  "person (most events)=${partaker[0]}" "event (busiest of that person)=${event[0]}" \
  "event=/id/event/2023-01-31-tran-luu-quang-works-with-mofa" "article (most evidence)=${article[0]}" \
  "article=/id/article/2248aa17375def70" "mission=/id/mission/vn-embassy-cn" "partnership=/id/partnership/VN-AU"
echo
echo "Vietnam, once (first request):"
REQUESTS=1 WARMUP=1 bench/profiles-url.sh "$base" "country (VN)=/id/country/VN" | tail -2 | head -1
echo
echo "After a write (a new event with Vietnam): the page at once (its last build, with the notice), then once rebuilt:"
t0=$(date +%s%N)
curl -sf -H 'Authorization: Bearer bench-token' --data-urlencode 'update=PREFIX dk: <https://w3id.org/diplokg/ontology#>
  INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/bench-hub-write> { <https://w3id.org/diplokg/id/event/bench-hub-write>
  a dk:Meeting ; <http://www.w3.org/2000/01/rdf-schema#label> "Bench hub write"@en ;
  dk:date "2031-01-01"^^<http://www.w3.org/2001/XMLSchema#date> ; dk:participant <https://w3id.org/diplokg/id/country/VN> } }' \
  "$base/update" >/dev/null || echo "(the write was refused)"
t1=$(date +%s%N)
stale=$(curl -s -o /tmp/bench-hub-page.html -w '%{time_total}' -H 'Accept: text/html' "$base/id/country/VN")
echo "  write $(( (t1 - t0) / 1000000 )) ms; page ${stale} s, notice shown: $(grep -c 'class="stale"' /tmp/bench-hub-page.html)"
until curl -sf "$base/api/profiles/hubs" | grep -q '"ready":true'; do sleep 1; done
t2=$(date +%s%N)
fresh=$(curl -s -o /tmp/bench-hub-page.html -w '%{time_total}' -H 'Accept: text/html' "$base/id/country/VN")
echo "  hubs rebuilt $(( (t2 - t1) / 1000000 )) ms after the write; page ${fresh} s, notice shown: $(grep -c 'class="stale"' /tmp/bench-hub-page.html), new event shown: $(grep -c 'Bench hub write' /tmp/bench-hub-page.html)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "per-page build times: grep 'page .* in' $log"
