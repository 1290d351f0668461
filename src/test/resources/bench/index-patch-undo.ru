# Undoes index-patch-write.ru for IndexPatchBenchmark.
DROP GRAPH <https://w3id.org/diplokg/graph/bench-index-patch>
