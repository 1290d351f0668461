# title: Mark a rejected claim
# description: Marks the evidence of a rejected claim in its source graph (dk:reviewStatus dk:Rejected), in the same
#   update as the decision, so the claim stays visible as rejected. Re-ingestion marks it again.
# param: fact iri "The fact"
# param: graph iri "Its source graph"
PREFIX dk: <https://w3id.org/diplokg/ontology#>

INSERT { GRAPH ?graph { ?evidence dk:reviewStatus dk:Rejected } }
WHERE { GRAPH ?graph { ?fact dk:evidence ?evidence } }
