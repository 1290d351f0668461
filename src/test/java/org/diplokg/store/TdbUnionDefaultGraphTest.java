package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.query.QueryLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's union default graph on TDB2's own union (no protocol dataset, empty real
 * default graph) and on the per-query view (real default graph in use): same answers, duplicates
 * across graphs merged, and the query that once hit Jena's "Peek iterator is already empty" in
 * OpExecutorTDB2.reorder answers.
 */
class TdbUnionDefaultGraphTest {

    private static final String DK = "https://w3id.org/diplokg/ontology#";
    private static final String ID = "https://w3id.org/diplokg/id/";
    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(30), 1000);

    @TempDir
    Path dir;

    private final QueryLibrary library = new QueryLibrary();

    @Test
    void concurrentAccreditationsAcrossGraphsOnTheNativeUnion() throws Exception {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true)) {
            store.load(List.of(source("""
                    <urn:x-test:a> { <%1$saccreditation/a/FJ> a <%2$sAccreditation> ; <%2$sconcurrent> true ; <%2$saccreditedTo> <%1$scountry/FJ> ;
                                  <%2$saccreditedMission> <%1$smission/vn-embassy-nz> . }
                    <urn:x-test:b> { <%1$saccreditation/a/FJ> a <%2$sAccreditation> ; <%2$sconcurrent> true ; <%2$saccreditedTo> <%1$scountry/FJ> ;
                                  <%2$sstartDate> "2010"^^<http://www.w3.org/2001/XMLSchema#gYear> .
                                <%1$saccreditation/b/WS> a <%2$sAccreditation> ; <%2$sconcurrent> false ; <%2$saccreditedTo> <%1$scountry/WS> . }
                    """.formatted(ID, DK))), LoadProgress.NONE);
            List<Binding> rows = select(store, "concurrent-accreditations");
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().get("start").getLiteralLexicalForm()).isEqualTo("2010");
            assertThat(rows.getFirst().get("mission").getURI()).isEqualTo(ID + "mission/vn-embassy-nz");
            // union merges the type triple stated in both graphs
            assertThat(count(select(store, "entities-by-type"), DK + "Accreditation"))
                    .isEqualTo(2);
            // the real default graph, once used, is part of the union too (per-query view)
            var extra = GraphFactory.createDefaultGraph();
            Node acc = NodeFactory.createURI(ID + "accreditation/c/TO");
            extra.add(
                    acc,
                    NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    NodeFactory.createURI(DK + "Accreditation"));
            extra.add(
                    acc,
                    NodeFactory.createURI(DK + "concurrent"),
                    NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
            extra.add(acc, NodeFactory.createURI(DK + "accreditedTo"), NodeFactory.createURI(ID + "country/TO"));
            store.addToGraph(Quad.defaultGraphIRI, extra);
            assertThat(select(store, "concurrent-accreditations")).hasSize(2);
            assertThat(count(select(store, "entities-by-type"), DK + "Accreditation"))
                    .isEqualTo(3);
        }
    }

    @Test
    void emptyStoreAnswersEveryLibraryQuery() {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir.resolve("empty"), ChangeValidator.NONE, true)) {
            assertThat(library.all()).as("library queries").hasSizeGreaterThanOrEqualTo(30);
            for (var q : library.all()) {
                Map<String, Node> values = new java.util.HashMap<>();
                q.parameters().stream()
                        .filter(p -> p.defaultValue() != null) // an optional parameter left out stays a free variable
                        .forEach(p -> values.put(
                                p.name(), p.type().parse(p.name(), p.defaultValue(), "https://w3id.org/diplokg/")));
                QueryOutcome outcome = store.query(SparqlFiles.bind(q.query(), values), OPTIONS);
                assertThat(outcome).as(q.name()).isInstanceOf(QueryOutcome.Select.class);
            }
        }
    }

    private List<Binding> select(KnowledgeStore store, String name) {
        Query q = library.find(name).orElseThrow().query();
        return ((QueryOutcome.Select) store.query(q, OPTIONS)).rows();
    }

    private static long count(List<Binding> rows, String type) {
        return rows.stream()
                .filter(b -> b.get("type").getURI().equals(type))
                .mapToLong(b -> Long.parseLong(b.get("entities").getLiteralLexicalForm()))
                .findFirst()
                .orElse(0);
    }

    private RdfSource source(String trig) throws Exception {
        Path file = dir.resolve("data.trig");
        Files.writeString(file, trig);
        RDFParser.fromString(trig, Lang.TRIG).toDatasetGraph();
        return new RdfSource(file, Lang.TRIG, null);
    }
}
