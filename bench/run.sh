#!/usr/bin/env bash
# Runs one of DiploKG's benchmarks (not part of ./mvnw verify). Reports land in target/bench/.
#   bench/run.sh http-overhead   # issue 3: HTTP endpoint vs in-process ARQ, 4 concurrent clients
#   bench/run.sh http-overhead-scale [QUADS]  # issue 3: the same on a synthetic store (default 1,000,000 quads)
#   bench/run.sh answer-writers [QUADS]  # issue 3: Turtle / SPARQL XML / JSON answer writers vs Jena's, on answers from a synthetic store (default 100,000 quads)
#   bench/run.sh startup         # issue 3: start-up time and first answer with -Xmx256m on data/
#   bench/run.sh remote          # issue 10: query-library mix, remote Fuseki vs embedded TDB2
#   bench/run.sh ingest [ROUNDS] # issue 6: ingestion throughput and peak heap, -Xmx256m, one processor (seeds: $DIPLOKG_SEEDS or ../shared/seeds)
#   bench/run.sh feeds [N]       # issue 19: feed -> graph articles per minute, N pages on a loopback fixture server, host delay 0
#   bench/run.sh explorer        # issue 9: /api/graph depth-2 latency; /graph with 5,000 nodes / 20,000 edges in headless Chromium
#   bench/run.sh profiles        # issue 22: profile page HTML latency (p50/p95) per profile type on data/
#     against a running server (e.g. one serving the 10 M-triple store): bench/profiles-url.sh BASE_URL [NAME=PATH ...]
#   bench/run.sh profiles-10m [TDB2_DIR]  # issue 22: first request and p50/p95 per profile page on the 10 M-triple store (bench/profiles-10m.sh)
#   bench/run.sh data-10m        # build the ~10 M-quad synthetic store in target/bench-data/scale-10m (once; reused)
#   bench/run.sh queries         # issue 7: library-query latency, cold and cached, on data/
#   bench/run.sh queries-10m     # issue 7: the same on the 10 M-quad store (builds it first if missing)
#     One query, own parameters (a query string), without the background precomputation:
#     DIPLOKG_BENCH_PRECOMPUTE=false java -Xmx2g -cp CP org.diplokg.bench.QueryLatency . STORE NAME 5 60s QUERY 'from=2024-01-01&to=2024-12-31'
#   bench/run.sh index-patch     # issue 7: library indexes patched after an article-sized write on the 10 M-quad store, against building them
#   bench/run.sh index-footprint # issue 7: heap and build time of each library index on the 10 M-quad store
#   bench/run.sh dumps-10m       # issue 8: dump streaming speed and heap, -Xmx512m, on the 10 M-quad store
#   bench/run.sh load-compare FILE.nq.gz [ROUNDS] [VALIDATE]  # issue 21: diplokg load vs tdb2.tdbloader (see bench/load-compare.sh)
#   bench/run.sh compact [ROUNDS] [TRIPLES]  # issue 21: store growth under repeated graph replacement and what `compact` gives back (see bench/compact.sh)
#   bench/run.sh engines [SIZES] [CLIENTS]  # issue 21: DiploKG vs Fuseki 5.6.0 vs Virtuoso 7.2 (see bench/engines.sh), default 100000,1000000 and 1,4,16
#   bench/run.sh memory-scale [N] [STORE]  # issue 21: N triples (default 50 M) at -Xmx1g through the engine mixes, errors and peak RSS (bench/memory-scale.sh)
#   bench/run.sh growth FILE.json...       # issue 21: per-query p95 against store size from engine-benchmark files, DiploKG, 4 clients (P95Growth)
set -euo pipefail
cd "$(dirname "$0")/.."
# The test classpath for the benchmark mains (compiles the tests first).
bench_classpath() {
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2 || return 1
  echo "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

# Builds the synthetic store DIR of about QUADS quads (SyntheticData plus data/) unless it already exists.
scale_store() {
  local cp
  cp="$(bench_classpath)"
  "$(./diplokg --print-java)" -Xmx3g -cp "$cp" org.diplokg.bench.ScaleStore "$1" "$2" data
}

case "${1:-}" in
  http-overhead)
    ./mvnw -B -q -Pbench verify -Dit.test=HttpOverheadBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    cat target/bench/http-overhead.md ;;
  http-overhead-scale)
    QUADS="${2:-1000000}"
    STORE="target/bench-data/scale-$QUADS"
    scale_store "$STORE" "$QUADS"
    ./mvnw -B -q -Pbench verify -Dit.test=HttpOverheadAtScaleBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
      -Dbench.store="$STORE/tdb2" -Dbench.reps="${BENCH_REPS:-1}" -Dbench.rounds=6 -Dbench.warmups=2 -Dbench.perQueryRuns=3
    cat target/bench/http-overhead-scale.md ;;
  answer-writers)
    QUADS="${2:-100000}"
    STORE="target/bench-data/scale-$QUADS"
    scale_store "$STORE" "$QUADS"
    CP="$(bench_classpath)"
    "$(./diplokg --print-java)" -Xmx2g -cp "$CP" org.diplokg.bench.AnswerWriterThroughput "$STORE/tdb2" ;;
  startup)
    exec bench/startup.sh ;;
  load-compare)
    shift; exec bench/load-compare.sh "$@" ;;
  profiles-10m)
    shift; exec bench/profiles-10m.sh "$@" ;;
  compact)
    shift; exec bench/compact.sh "$@" ;;
  memory-scale)
    shift; exec bench/memory-scale.sh "$@" ;;
  growth)
    shift
    cp="$(bench_classpath)"
    for family in library generic; do
      "$(./diplokg --print-java)" -cp "$cp" org.diplokg.bench.engines.P95Growth \
        "bench/results/growth-$family-$(date -u +%Y-%m-%d)" diplokg 4 "$family" "$@"
    done ;;
  engines)
    shift; exec bench/engines.sh "$@" ;;
  remote)
    ./mvnw -B -q -Pbench verify -Dit.test=RemoteVsEmbeddedBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    cat target/bench/remote-vs-embedded.md ;;
  ingest)
    JAVA="$(./diplokg --print-java)"
    CP="$(bench_classpath)"
    "$JAVA" -Xmx256m -XX:ActiveProcessorCount=1 -cp "$CP" \
      org.diplokg.bench.IngestThroughput "${DIPLOKG_SEEDS:-../shared/seeds}" . "${2:-100}" ;;
  feeds)
    JAVA="$(./diplokg --print-java)"
    CP="$(bench_classpath)"
    "$JAVA" -Xmx512m -cp "$CP" org.diplokg.bench.FeedThroughput . "${2:-200}" ;;
  explorer)
    ./mvnw -B -q -Pbench verify -Dit.test=ExplorerBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    cat target/bench/explorer-api.md target/bench/explorer-browser.md ;;
  profiles)
    ./mvnw -B -q -Pbench verify -Dit.test=ProfilePagesBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    cat target/bench/profiles.md ;;
  data-10m|queries|queries-10m|index-footprint|index-patch|dumps-10m)
    JAVA="$(./diplokg --print-java)"
    CP="$(bench_classpath)"
    STORE="${DIPLOKG_BENCH_STORE:-target/bench-data/scale-10m}"
    if [ "$1" != queries ]; then
      "$JAVA" -Xmx3g -cp "$CP" org.diplokg.bench.ScaleStore "$STORE" "${DIPLOKG_BENCH_TRIPLES:-10000000}" data
    fi
    case "$1" in
      queries) "$JAVA" -Xmx1g -cp "$CP" org.diplokg.bench.QueryLatency . project queries-project ;;
      queries-10m) "$JAVA" -Xmx2g -cp "$CP" org.diplokg.bench.QueryLatency . "$STORE" queries-10m "${2:-10}" ;;
      index-patch) "$JAVA" -Xmx2g -cp "$CP" org.diplokg.bench.IndexPatchBenchmark . "$STORE" ;;
      index-footprint) "$JAVA" -Xmx3g -Djol.magicFieldOffset=true -Djdk.attach.allowAttachSelf=true -cp "$CP" org.diplokg.bench.IndexFootprint . "$STORE" ;;
      dumps-10m) "$JAVA" -Xmx512m -cp "$CP" org.diplokg.bench.DumpThroughput . "$STORE" ;;
    esac ;;
  *)
    echo "usage: bench/run.sh http-overhead|http-overhead-scale|answer-writers|startup|remote|ingest|feeds|explorer|profiles|profiles-10m|data-10m|queries|queries-10m|index-footprint|index-patch|dumps-10m|load-compare|compact|engines|memory-scale|growth" >&2; exit 2 ;;
esac
