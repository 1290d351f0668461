package org.diplokg.bench.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

class GraphScopeTest {

    private static final String HIDDEN = "urn:diplokg:bench:union";

    @Test
    void hiddenGraphNoLongerBindsGraphVariableButOthersStill() {
        Dataset ds = DatasetFactory.createTxnMem();
        var s = ResourceFactory.createResource("https://w3id.org/diplokg/id/x");
        var p = ResourceFactory.createProperty("https://w3id.org/diplokg/ontology#p");
        for (String g : List.of("https://w3id.org/diplokg/graph/a", HIDDEN)) {
            var m = ModelFactory.createDefaultModel();
            m.add(s, p, "v");
            ds.addNamedModel(g, m);
        }
        String query = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";

        String scoped = GraphScope.exclude(query, List.of(HIDDEN));

        assertThat(graphs(ds, query)).containsExactlyInAnyOrder("https://w3id.org/diplokg/graph/a", HIDDEN);
        assertThat(graphs(ds, scoped)).containsExactly("https://w3id.org/diplokg/graph/a");
    }

    @Test
    void constantGraphsAndQueriesWithoutGraphPatternsAreLeftAlone() {
        String constant = "SELECT * WHERE { GRAPH <" + HIDDEN + "> { ?s ?p ?o } }";
        assertThat(GraphScope.exclude(constant, List.of(HIDDEN))).doesNotContain("NOT IN");
        assertThat(GraphScope.exclude("ASK { ?s ?p ?o }", List.of())).isEqualTo("ASK { ?s ?p ?o }");
    }

    private static List<String> graphs(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.create(query, ds)) {
            List<String> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("g").getURI()));
            return out;
        }
    }
}
