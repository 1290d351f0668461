#!/usr/bin/env bash
# Issue 21: whole-process load time of `diplokg load` (empty store, bulk path) against Jena's
# `tdb2.tdbloader` (from the Fuseki 5.6.0 server jar) on the same gzipped N-Quads file, same heap,
# alternating runs so machine noise hits both. Writes bench/results/load-<name>.md.
#   bench/load-compare.sh FILE.nq.gz [ROUNDS] [VALIDATE]   (VALIDATE: off (default, as tdbloader), sample, full)
# Ratios are tdbloader time / diplokg time: above 1 means diplokg is faster.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE="$1"; ROUNDS="${2:-1}"; VALIDATE="${3:-off}"
JAVA="$(./diplokg --print-java)"
FUSEKI="${FUSEKI_JAR:-$HOME/.m2/repository/org/apache/jena/jena-fuseki-server/5.6.0/jena-fuseki-server-5.6.0.jar}"
if [ ! -f target/bench-classpath.txt ] || [ ! -d target/classes/org/diplokg/bulkload ]; then
  ./mvnw -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
fi
CP="target/classes:$(cat target/bench-classpath.txt)"
WORK="$(mktemp -d /tmp/diplokg-load-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
HEAP="${HEAP:--Xmx2g}"
secs() { # runs "$@" with a 30 min limit, prints "wall cpu" seconds (cpu = user + system of the whole process)
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" timeout 1800 "$@" >"$WORK/out.log" 2>&1 || { cat "$WORK/out.log" >&2; return 1; }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$WORK/time"
}
mkdir -p bench/results
OUT="bench/results/load-$(basename "$FILE" .nq.gz).md"
QUADS=$(zcat "$FILE" | wc -l)
{
  echo "# Load: diplokg load vs tdb2.tdbloader"
  echo
  echo "File \`$FILE\` ($QUADS quads), heap $HEAP, $(nproc) processors, $(date -u +%FT%TZ). Validation for diplokg: $VALIDATE."
  echo
  echo "The machine is shared: wall time includes waiting for a processor, CPU time (user + system) does not."
  echo
  echo "| round | tdb2.tdbloader wall s | diplokg wall s | wall ratio | tdb2.tdbloader CPU s | diplokg CPU s | CPU ratio |"
  echo "|---|---|---|---|---|---|---|"
} > "$OUT"
for r in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/jena" "$WORK/dk"
  TJ=$(secs "$JAVA" $HEAP -cp "$FUSEKI" tdb2.tdbloader --loc "$WORK/jena" "$FILE")
  TD=$(secs "$JAVA" $HEAP -cp "$CP" org.diplokg.cli.DiploKgMain load --store "$WORK/dk" --validate="$VALIDATE" "$FILE")
  tail -1 "$WORK/out.log" >&2
  read -r TJW TJC <<< "$TJ"; read -r TDW TDC <<< "$TD"
  echo "| $r | $TJW | $TDW | $(echo "scale=3; $TJW / $TDW" | bc) | $TJC | $TDC | $(echo "scale=3; $TJC / $TDC" | bc) |" >> "$OUT"
done
# Same quads in both stores? Three counts read through different indexes (all graphs; by predicate; by object),
# the ontology graph that diplokg adds left out.
ONTOLOGY="${ONTOLOGY_GRAPH:-https://w3id.org/diplokg/graph/ontology}"
count() { # store query -> the number in the answer
  "$JAVA" $HEAP -cp "$FUSEKI" tdb2.tdbquery --loc "$1" --results=TSV "$2" 2>/dev/null | sed -n '2p' | sed 's/^"\{0,1\}\([0-9]*\).*/\1/'
}
{
  echo
  echo "Answers over the last round's two stores (tdb2.tdbquery; the ontology graph diplokg adds is left out):"
  echo
  echo "| count | tdb2.tdbloader | diplokg | alike |"
  echo "|---|---|---|---|"
  for q in "quads|SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <$ONTOLOGY>) }" \
           "typed subjects|SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ?t } FILTER(?g != <$ONTOLOGY>) }" \
           "distinct objects|SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <$ONTOLOGY>) }"; do
    A=$(count "$WORK/jena" "${q#*|}"); B=$(count "$WORK/dk" "${q#*|}")
    echo "| ${q%%|*} | $A | $B | $([ -n "$A" ] && [ "$A" = "$B" ] && echo yes || echo NO) |"
  done
} >> "$OUT"
cat "$OUT"
