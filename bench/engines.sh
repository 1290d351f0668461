#!/usr/bin/env bash
# Issue 21: DiploKG, Apache Jena Fuseki 5.6.0 and OpenLink Virtuoso 7.2 on the same generated data, in one run.
#   bench/engines.sh [SIZES] [CLIENTS]     e.g. bench/engines.sh 100000,1000000 1,4,16   (10000000 optional)
# For each size: `generate --seed 1` once (kept in target/bench-data/), then each engine loads it with its own
# bulk loader (diplokg `load --store`; Jena's tdb2.tdbloader for Fuseki; Virtuoso's ld_dir/rdf_loader_run), the
# three servers run side by side on loopback ports (same heap for the two JVMs, Virtuoso buffers sized alike),
# and org.diplokg.bench.engines.EngineBenchmark checks every answer and times the queries all engines agree on
# at each client count. Results: bench/results/engines-DATE.md/.json/.png (EngineReport).
# Virtuoso: `apt-get install virtuoso-opensource` (Debian); without virtuoso-t it is skipped with a message.
# Env: HEAP (-Xmx2g), STEP_SECONDS (20 per engine, family and client count), WARMUP_SECONDS (10 per engine and
#      family, 4 clients, untimed), VALIDATE (off, as tdbloader),
#      CLIENT_TIMEOUT (60 s per request; DiploKG's query time limit and its wait for a query slot are set to the same,
#      as Fuseki and Virtuoso run here without either), REUSE (the work directory of an earlier KEEP_STORES=1 run of
#      the one size given: no loads, its load times reported again),
#      JAR (target/diplokg.jar; point it at a copy for a long run while you rebuild), VIRTUOSO_BUFFERS (170000 8 KiB pages ~ 1.3 GiB, Virtuoso's setting for 2 GiB), KEEP_STORES=1,
#      LOAD_LIMIT (3600 s per load step; Virtuoso's union-graph copy wants more at 50 M),
#      CLIENT_HEAP (-Xmx1g for the benchmark client, which holds whole answers to compare them; more at 50 M),
#      DK_SPRING (extra DiploKG settings, space-separated key=value, e.g. diplokg.sparql.cache.enabled=true for the
#      result cache, which the headline runs leave off), RUN_NAME (the report's name, engines-DATE by default).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${1:-100000,1000000}"; CLIENTS="${2:-1,4,16}"
HEAP="${HEAP:--Xmx2g}"; STEP="${STEP_SECONDS:-20}"; VALIDATE="${VALIDATE:-off}"; CLIENT_TIMEOUT="${CLIENT_TIMEOUT:-60}"
JAVA="$(./diplokg --print-java)"
FUSEKI="${FUSEKI_JAR:-$HOME/.m2/repository/org/apache/jena/jena-fuseki-server/5.6.0/jena-fuseki-server-5.6.0.jar}"
[ -f "$FUSEKI" ] || ./mvnw -B -q dependency:get -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 >&2
JAR="${JAR:-target/diplokg.jar}"   # a copy keeps a long run safe from rebuilds of target/
[ -f "$JAR" ] || ./mvnw -B -q -o package -DskipTests >&2
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
VIRTUOSO=1
if ! command -v virtuoso-t >/dev/null || ! command -v isql-vt >/dev/null; then
  echo "engines: virtuoso-t/isql-vt not found: Virtuoso skipped (Debian: apt-get install virtuoso-opensource)" >&2
  VIRTUOSO=0
fi
RUN="${RUN_NAME:-$(date -u +%Y-%m-%d)}"
OUTDIR="target/bench/engines-$RUN"; mkdir -p "$OUTDIR" target/bench-data
PIDS=()
WORK=""
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done
  PIDS=()
  if [ -n "$WORK" ] && [ -z "${KEEP_STORES:-}" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM
free_port() { "$JAVA" -cp target/test-classes org.diplokg.bench.engines.FreePort; }
# timed STEP ENGINE CMD...: runs CMD (LOAD_LIMIT, 1 h by default), appends "engine step wall cpu" to $LOADS
timed() {
  local engine="$1" step="$2"; shift 2
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" timeout "${LOAD_LIMIT:-3600}" "$@" >"$WORK/$engine-$step.log" 2>&1 \
    || { tail -20 "$WORK/$engine-$step.log" >&2; return 1; }
  awk -v e="$engine" -v s="$step" '{printf "%s\t%s\t%s\t%.2f\n", e, s, $1, $2 + $3}' "$WORK/time" >> "$LOADS"
  echo "engines: $engine $step: $(tail -1 "$LOADS" | cut -f3) s wall" >&2
}
# await NAME URL PID: waits up to 120 s for URL to answer
await() {
  for _ in $(seq 1 600); do
    kill -0 "$3" 2>/dev/null || { echo "engines: $1 exited, see $WORK/$1.log" >&2; tail -20 "$WORK/$1.log" >&2; return 1; }
    curl -sf -o /dev/null "$2" && return 0
    sleep 0.2
  done
  echo "engines: $1 did not answer within 120 s" >&2; return 1
}
ini_set() { # ini_set FILE SECTION KEY VALUE
  awk -v sec="$2" -v key="$3" -v val="$4" '
    /^\[/ { cur = $0; gsub(/[\[\]]/, "", cur) }
    { k = $0; sub(/[ \t]*=.*/, "", k); gsub(/^[ \t]+/, "", k)
      if (cur == sec && k == key && $0 !~ /^[ \t]*;/) { print key " = " val; next } print }' "$1" > "$1.tmp" && mv "$1.tmp" "$1"
}
isql() { isql-vt "127.0.0.1:$VPORT" dba dba exec="$1" 2>&1; }
start_virtuoso() { # own instance, own ini (the Debian default with loopback ports and paths in $WORK/virtuoso)
  local d="$WORK/virtuoso" ini="$WORK/virtuoso/virtuoso.ini"
  mkdir -p "$d"; cp /etc/virtuoso-opensource-7/virtuoso.ini "$ini"
  [ -z "${REUSE:-}" ] || rm -f "$d/virtuoso.lck"  # a reused database: the lock of the run that stopped
  VPORT=$(free_port); VHTTP=$(free_port)
  for k in DatabaseFile:virtuoso.db ErrorLogFile:virtuoso.log LockFile:virtuoso.lck TransactionFile:virtuoso.trx xa_persistent_file:virtuoso.pxa; do
    ini_set "$ini" Database "${k%%:*}" "$d/${k#*:}"
  done
  ini_set "$ini" TempDatabase DatabaseFile "$d/virtuoso-temp.db"
  ini_set "$ini" TempDatabase TransactionFile "$d/virtuoso-temp.trx"
  ini_set "$ini" Parameters ServerPort "127.0.0.1:$VPORT"
  ini_set "$ini" Parameters DirsAllowed ".,$WORK/vload,/usr/share/virtuoso-opensource-7/vad"
  ini_set "$ini" Parameters NumberOfBuffers "${VIRTUOSO_BUFFERS:-170000}"
  ini_set "$ini" Parameters MaxDirtyBuffers "$(( ${VIRTUOSO_BUFFERS:-170000} * 3 / 4 ))"
  ini_set "$ini" Parameters MaxClientConnections 32
  ini_set "$ini" HTTPServer ServerPort "127.0.0.1:$VHTTP"
  for k in MaxClientConnections ServerThreads MaxKeepAlives; do ini_set "$ini" HTTPServer "$k" 32; done
  # whole answers, no time limit (Virtuoso's "anytime" partial answers would not be comparable)
  ini_set "$ini" SPARQL ResultSetMaxRows 10000000
  ini_set "$ini" SPARQL MaxQueryExecutionTime 0
  ini_set "$ini" SPARQL MaxQueryCostEstimationTime 0
  virtuoso-t -f -c "$ini" >"$WORK/virtuoso.log" 2>&1 &
  VPID=$!; PIDS+=("$VPID")
  for _ in $(seq 1 300); do isql "SELECT 1;" | grep -q "1 Rows" && return 0; kill -0 "$VPID" || break; sleep 1; done
  echo "engines: Virtuoso did not start, see $WORK/virtuoso.log" >&2; tail -20 "$WORK/virtuoso.log" >&2; return 1
}
load_virtuoso() { # the named graphs of the files with Virtuoso's bulk loader, then their union as one graph
  mkdir -p "$WORK/vload"
  ln -f "$(readlink -f "$1")" "$WORK/vload/data.nq.gz" 2>/dev/null || cp "$1" "$WORK/vload/data.nq.gz"
  cp "$2" "$WORK/vload/base.nq"
  timed virtuoso load isql-vt "127.0.0.1:$VPORT" dba dba exec="ld_dir('$WORK/vload', 'data.nq.gz', 'urn:diplokg:bench:unused');
    ld_dir('$WORK/vload', 'base.nq', 'urn:diplokg:bench:unused'); rdf_loader_run(); checkpoint;"
  # the listing of failed files must be empty ("0 Rows."); asked twice, as a checkpoint may hold the first connection
  local failed
  failed="$(isql "SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")"
  grep -q "^0 Rows\." <<<"$failed" || { sleep 5; failed="$(isql "SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")"; }
  grep -q "^0 Rows\." <<<"$failed" || { echo "engines: Virtuoso load errors:" >&2; echo "$failed" >&2; return 1; }
  # inside Virtuoso, so blank nodes stay the same nodes as in the named graphs
  timed virtuoso union-graph isql-vt "127.0.0.1:$VPORT" dba dba exec="log_enable(2,1);
    SPARQL INSERT { GRAPH <urn:diplokg:bench:union> { ?s ?p ?o } }
    WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/diplokg/')) }; checkpoint;"
  # the scope: the union graph is the default graph; it and Virtuoso's system graphs are hidden from GRAPH ?g
  {
    echo "define input:default-graph-uri <urn:diplokg:bench:union>"
    curl -sf -H 'Accept: text/csv' --data-urlencode \
      'query=SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!STRSTARTS(STR(?g), "https://w3id.org/diplokg/")) }' \
      "http://127.0.0.1:$VHTTP/sparql" | tail -n +2 | tr -d '"' | sed 's/^/hide-graph /'
  } > "$WORK/virtuoso.scope"
  cat "$WORK/virtuoso.scope" >&2
}
# The project's data/ and the ontology graph as N-Quads, loaded by all three with each generated file: the
# generator links to data/'s countries, persons and posts (whose labels and relations are there), and a DiploKG
# store always holds its ontology graph, so the three engines hold the same quads.
BASE="$OUTDIR/base-data.nq"
rm -rf "$OUTDIR/base-store"
"$JAVA" -jar "$JAR" load --store "$OUTDIR/base-store" data >"$OUTDIR/base.log" 2>&1 \
  && "$JAVA" -jar "$JAR" export --store "$OUTDIR/base-store" --format nquads -o "$BASE" >>"$OUTDIR/base.log" 2>&1 \
  || { cat "$OUTDIR/base.log" >&2; exit 1; }
rm -rf "$OUTDIR/base-store"
for N in ${SIZES//,/ }; do
  FILE="target/bench-data/gen-$N.nq.gz"
  if [ ! -f "$FILE" ]; then
    "$JAVA" $HEAP -jar "$JAR" generate --triples "$N" --seed 1 -o "$FILE" >&2
  fi
  if [ -n "${REUSE:-}" ]; then # the stores (and load times) of an earlier KEEP_STORES=1 run of this size
    WORK="$(cd "$REUSE" && pwd)"; LOADS="$WORK/loads.tsv"
    [ -d "$WORK/dk" ] && [ -d "$WORK/fuseki" ] || { echo "engines: no stores in $WORK" >&2; exit 1; }
  else
    WORK="$(mktemp -d "$PWD/target/bench-data/engines-XXXXXX")"; LOADS="$WORK/loads.tsv"; : > "$LOADS"
    timed diplokg load "$JAVA" $HEAP -jar "$JAR" load --store "$WORK/dk" --validate="$VALIDATE" "$FILE" "$BASE"
    timed fuseki tdb2.tdbloader "$JAVA" $HEAP -cp "$FUSEKI" tdb2.tdbloader --loc "$WORK/fuseki" "$FILE" "$BASE"
  fi
  DKPORT=$(free_port); FPORT=$(free_port)
  DK_EXTRA=()
  for kv in ${DK_SPRING:-}; do DK_EXTRA+=(--spring "$kv"); done
  # the JVM options ./diplokg serve adds (the parallel collector); Fuseki runs with the JVM's defaults, as its jar does
  "$JAVA" $HEAP $(./diplokg --print-java-opts serve) -jar "$JAR" serve --store "$WORK/dk" --port "$DKPORT" \
    --spring diplokg.queries.precompute=false --spring diplokg.profiles.hubs=0 \
    --spring diplokg.sparql.max-result-rows=10000000 --spring diplokg.sparql.queue-wait="${CLIENT_TIMEOUT}s" \
    --spring diplokg.sparql.query-timeout="${CLIENT_TIMEOUT}s" "${DK_EXTRA[@]}" >"$WORK/diplokg.log" 2>&1 &
  DKPID=$!; PIDS+=("$DKPID")
  "$JAVA" $HEAP -jar "$FUSEKI" --localhost --port="$FPORT" --tdb2 --loc="$WORK/fuseki" \
    --set tdb2:unionDefaultGraph=true --ping /ds >"$WORK/fuseki.log" 2>&1 &
  FPID=$!; PIDS+=("$FPID")
  ENGINES=()
  if [ "$VIRTUOSO" = 1 ]; then
    start_virtuoso
    [ -n "${REUSE:-}" ] || load_virtuoso "$FILE" "$BASE"
    ENGINES+=("virtuoso=http://127.0.0.1:$VHTTP/sparql@$VPID@$WORK/virtuoso.scope")
  fi
  await diplokg "http://127.0.0.1:$DKPORT/sparql?query=ASK%7B%7D" "$DKPID"
  await fuseki "http://127.0.0.1:$FPORT/\$/ping" "$FPID"
  "$JAVA" "${CLIENT_HEAP:--Xmx1g}" -cp "$CP" org.diplokg.bench.engines.EngineBenchmark --size "$N" --out "$OUTDIR/gen-$N.json" \
    --loads "$LOADS" --step-seconds "$STEP" --warmup-seconds "${WARMUP_SECONDS:-10}" --clients "$CLIENTS" \
    --timeout-seconds "$CLIENT_TIMEOUT" --diplokg-settings "${DK_SPRING:-}" \
    "diplokg=http://127.0.0.1:$DKPORT/sparql@$DKPID" "fuseki=http://127.0.0.1:$FPORT/ds/query@$FPID" "${ENGINES[@]}"
  cleanup
done
"$JAVA" -cp "$CP" org.diplokg.bench.engines.EngineReport "bench/results/engines-$RUN" "$OUTDIR"/gen-*.json
