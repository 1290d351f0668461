#!/usr/bin/env bash
# Runs one of DiploKG's benchmarks (not part of ./mvnw verify). Reports land in target/bench/.
#   bench/run.sh http-overhead   # issue 3: HTTP endpoint vs in-process ARQ, 4 concurrent clients
#   bench/run.sh startup         # issue 3: start-up time and first answer with -Xmx256m on data/
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  http-overhead)
    ./mvnw -B -q -Pbench verify -Dit.test=HttpOverheadBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    cat target/bench/http-overhead.md ;;
  startup)
    exec bench/startup.sh ;;
  *)
    echo "usage: bench/run.sh http-overhead|startup" >&2; exit 2 ;;
esac
