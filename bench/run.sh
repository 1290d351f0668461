#!/usr/bin/env bash
# Runs one of DiploKG's benchmarks (not part of ./mvnw verify). Reports land in target/bench/.
#   bench/run.sh http-overhead   # issue 3: HTTP endpoint vs in-process ARQ, 4 concurrent clients
#   bench/run.sh startup         # issue 3: start-up time and first answer with -Xmx256m on data/
#   bench/run.sh remote          # issue 10: query-library mix, remote Fuseki vs embedded TDB2
#   bench/run.sh ingest [ROUNDS] # issue 6: ingestion throughput and peak heap, -Xmx256m, one processor
#   bench/run.sh explorer        # issue 9: /api/graph depth-2 latency; /graph with 5,000 nodes / 20,000 edges in headless Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  http-overhead)
    ./mvnw -B -q -Pbench verify -Dit.test=HttpOverheadBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    cat target/bench/http-overhead.md ;;
  startup)
    exec bench/startup.sh ;;
  remote)
    ./mvnw -B -q -Pbench verify -Dit.test=RemoteVsEmbeddedBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    cat target/bench/remote-vs-embedded.md ;;
  ingest)
    ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
    JAVA="$(./diplokg --print-java)"
    "$JAVA" -Xmx256m -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
      org.diplokg.bench.IngestThroughput ../shared/seeds . "${2:-100}" ;;
  explorer)
    ./mvnw -B -q -Pbench verify -Dit.test=ExplorerBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    cat target/bench/explorer-api.md target/bench/explorer-browser.md ;;
  *)
    echo "usage: bench/run.sh http-overhead|startup|remote|ingest|explorer" >&2; exit 2 ;;
esac
