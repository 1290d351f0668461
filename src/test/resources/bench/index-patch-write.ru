# An article-sized write for IndexPatchBenchmark: one graph with an event between two new persons, a fact with
# low-confidence evidence, and a figure about the ministry. index-patch-undo.ru removes it.
PREFIX dk:   <https://w3id.org/diplokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/bench-index-patch> {
  <https://w3id.org/diplokg/id/person/bench-patch-a> a dk:Person ; rdfs:label "Bench Patch A"@vi .
  <https://w3id.org/diplokg/id/person/bench-patch-b> a dk:Person ; rdfs:label "Bench Patch B"@vi .
  <https://w3id.org/diplokg/id/event/bench-patch-1> a dk:Meeting ; rdfs:label "Bench patch meeting"@en ;
      dk:date "2031-03-01"^^xsd:date ;
      dk:participant <https://w3id.org/diplokg/id/person/bench-patch-a>, <https://w3id.org/diplokg/id/person/bench-patch-b> .
  <https://w3id.org/diplokg/id/event/bench-patch-1> dk:evidence [ a dk:Evidence ;
      dk:source <https://w3id.org/diplokg/id/article/efc4ce56b4d762c6> ; dk:extractionMethod dk:RuleBasedExtraction ;
      dk:startOffset 0 ; dk:endOffset 10 ; dk:extractionRule "bench" ; dk:confidence 0.501 ] .
  <https://w3id.org/diplokg/id/figure/bench-patch-1> a dk:ReportedFigure ;
      dk:aboutEntity <https://w3id.org/diplokg/id/org/vn-ministry-of-foreign-affairs> ;
      dk:value 1 ; dk:unit "mission" ; dk:measure "bench missions"@en ; dk:refPeriod "1990"^^xsd:gYear .
} }
