package org.diplokg.support;

import java.time.Duration;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.diplokg.store.StoreException;

/** Counts quads in the graphs whose IRI starts with a prefix (staging graphs, article graphs), 0 when the store cannot answer. */
public final class GraphCounts {

    private static final Query QUADS_UNDER = QueryFactory.create(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) }");

    private GraphCounts() {}

    public static long quadsUnder(KnowledgeStore store, String graphPrefix) {
        try {
            Query q = SparqlFiles.bind(QUADS_UNDER, Map.of("prefix", NodeFactory.createLiteralString(graphPrefix)));
            var rows = (QueryOutcome.Select) store.query(q, QueryOptions.of(Duration.ofSeconds(5), 10));
            return ((Number) rows.rows().getFirst().get("n").getLiteralValue()).longValue();
        } catch (StoreException e) {
            return 0;
        }
    }
}
