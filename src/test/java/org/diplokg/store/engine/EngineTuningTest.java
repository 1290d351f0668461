package org.diplokg.store.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.TdbKnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTuningTest {

    @TempDir
    Path dir;

    @Test
    void sortsSpillAtOneRowPer16KibOfHeapWithinBounds() {
        org.junit.jupiter.api.Assertions.assertEquals(131_072, EngineTuning.spillRows(2L << 30));
        org.junit.jupiter.api.Assertions.assertEquals(65_536, EngineTuning.spillRows(1L << 30));
        org.junit.jupiter.api.Assertions.assertEquals(250_000, EngineTuning.spillRows(16L << 30));
        org.junit.jupiter.api.Assertions.assertEquals(20_000, EngineTuning.spillRows(64L << 20));
    }

    @Test
    void rankedSortsHoldOneRowPer8KibOfHeapWithinBounds() {
        org.junit.jupiter.api.Assertions.assertEquals(262_144, EngineTuning.rankedSortRows(2L << 30));
        org.junit.jupiter.api.Assertions.assertEquals(131_072, EngineTuning.rankedSortRows(1L << 30));
        org.junit.jupiter.api.Assertions.assertEquals(1_000_000, EngineTuning.rankedSortRows(16L << 30));
        org.junit.jupiter.api.Assertions.assertEquals(50_000, EngineTuning.rankedSortRows(64L << 20));
    }

    @Test
    void openingTheStoreInstallsTheLiteralCacheAndScansOverManyNodesStayExact() {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir, ChangeValidator.NONE, true)) {
            assertTrue(EngineTuning.applied(), "the store replaces Jena's expression-value cache");
            var graph = GraphFactory.createDefaultGraph();
            Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
            Node value = NodeFactory.createURI("https://example.org/value");
            for (int i = 0; i < 30_000; i++) { // three times Jena's 10,000-entry cache, more than the literal table
                Node s = NodeFactory.createURI("https://example.org/s" + i);
                graph.add(s, type, NodeFactory.createURI("https://example.org/T" + (i % 3)));
                graph.add(
                        s,
                        value,
                        NodeFactory.createLiteralDT(
                                Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            }
            store.replaceGraph(NodeFactory.createURI("https://example.org/g"), graph);
            var outcome = (QueryOutcome.Select) store.query(
                    QueryFactory.create("SELECT ?t (COUNT(DISTINCT ?s) AS ?n) (SUM(?v) AS ?sum) WHERE { ?s a ?t ;"
                            + " <https://example.org/value> ?v FILTER(?v >= 15000) } GROUP BY ?t ORDER BY ?t"),
                    QueryOptions.of(Duration.ofSeconds(60), 100));
            List<String> counts = outcome.rows().stream()
                    .map(b -> b.get(Var.alloc("n")).getLiteralLexicalForm() + "/"
                            + b.get(Var.alloc("sum")).getLiteralLexicalForm())
                    .toList();
            // i in [15000, 30000) by i mod 3: 5,000 each; sums of the arithmetic series
            assertEquals(List.of("5000/112492500", "5000/112497500", "5000/112502500"), counts);
        }
    }
}
