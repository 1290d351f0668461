#!/usr/bin/env bash
# Profile page HTML latency against a running server (issue 22), e.g. one serving the 10 M-triple store:
#   bench/profiles-url.sh BASE_URL [NAME=PATH ...]
# Sequential GETs with Accept: text/html; WARMUP (default 3) warm-up and REQUESTS (default 20) measured
# requests per page; prints a Markdown table with p50/p95/max in ms. Without pages, those of the
# project data (the same as ProfilePagesBenchmark). The "first" column is each page's first request (its build,
# when the server has not served it before). WARM="PATH ..." requests other pages once before measuring, so the
# first page does not pay for the JVM's warm-up alone.
set -euo pipefail
base="${1:?usage: bench/profiles-url.sh BASE_URL [NAME=PATH ...]}"
shift
warmup="${WARMUP:-3}"
requests="${REQUESTS:-20}"
if [ $# -eq 0 ]; then
  set -- "country (VN)=/id/country/VN" "country (CN)=/id/country/CN" "country (AU)=/id/country/AU" \
    "person=/id/person/bui-thanh-son" "event=/id/event/2023-01-31-tran-luu-quang-works-with-mofa" \
    "organisation=/id/org/vn-ministry-of-foreign-affairs" "mission=/id/mission/vn-embassy-cn" \
    "partnership=/id/partnership/VN-AU" "article=/id/article/2248aa17375def70"
fi
# p-th percentile (nearest rank) of the numbers on stdin
pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((p/100)*NR+0.999999); if (i<1) i=1; if (i>NR) i=NR; printf "%.1f", a[i]}'; }
fetch() { curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' -H 'Accept: text/html' "$base$1"; }
for path in ${WARM:-}; do fetch "$path" >/dev/null; done
all="$(mktemp)"
trap 'rm -f "$all"' EXIT
echo "| page | path | bytes | first ms | p50 ms | p95 ms | max ms |"
echo "|---|---|---:|---:|---:|---:|---:|"
for page in "$@"; do
  name="${page%%=*}"
  path="${page#*=}"
  read -r code bytes t < <(fetch "$path")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
  first="$(awk -v t="$t" 'BEGIN {printf "%.1f", t * 1000}')"
  for ((i = 1; i < warmup; i++)); do fetch "$path" >/dev/null; done
  ms="$(for ((i = 0; i < requests; i++)); do fetch "$path"; done | awk '{printf "%.3f\n", $3 * 1000}')"
  echo "$ms" >>"$all"
  echo "| $name | \`$path\` | $bytes | $first | $(pct 50 <<<"$ms") | $(pct 95 <<<"$ms") | $(pct 100 <<<"$ms") |"
done
echo "| **all** | | | | $(pct 50 <"$all") | $(pct 95 <"$all") | $(pct 100 <"$all") |"
