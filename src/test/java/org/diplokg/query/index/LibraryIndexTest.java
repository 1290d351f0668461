package org.diplokg.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.ontology.DiploKg;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.query.QueryLibrary;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.diplokg.store.TdbKnowledgeStore;
import org.diplokg.support.ProjectPaths;
import org.diplokg.support.SelectRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each library index against its own {@code .rq} file, the one statement of what the query means: over the
 * curated {@code data/} in a real TDB2 store, every page the index computes equals that page of the query run
 * in the store, and an index patched after a write equals one built from scratch.
 */
class LibraryIndexTest {

    private static final IriPolicy IRIS = new IriPolicy(IriPolicy.DEFAULT_BASE);

    @TempDir
    static Path dir;

    static TdbKnowledgeStore store;
    static QueryLibrary library;

    @BeforeAll
    static void load() {
        store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true);
        store.load(RdfFiles.underDirectory(ProjectPaths.project().resolve("data"), IRIS.baseIri()), n -> {});
        library = new QueryLibrary();
        store.addToGraph(NodeFactory.createURI(IRIS.graph("test/synthetic")), synthetic());
    }

    /** Facts with evidence at spread (and tied) confidences, and figures about one subject: data/ has few of either. */
    private static Graph synthetic() {
        Graph g = GraphFactory.createDefaultGraph();
        Node ministry = NodeFactory.createURI(IRIS.entity("org", "vn-ministry-of-foreign-affairs"));
        for (int i = 0; i < 40; i++) {
            Node fact = NodeFactory.createURI(IRIS.entity("holding", "synthetic-" + i));
            Node evidence = NodeFactory.createBlankNode();
            g.add(Triple.create(fact, DiploKg.evidence, evidence));
            g.add(Triple.create(
                    evidence,
                    DiploKg.source,
                    NodeFactory.createURI(IRIS.entity("article", "5e00000000000" + (100 + i % 7)))));
            g.add(Triple.create(evidence, DiploKg.confidence, decimal("0." + (30 + (i * 7) % 65))));
            if (i % 3 != 0) {
                g.add(Triple.create(
                        evidence, DiploKg.extractionRule, NodeFactory.createLiteralString("rule-" + (i % 4))));
            }
            Node figure = NodeFactory.createURI(IRIS.entity("figure", "synthetic-" + i));
            g.add(Triple.create(figure, RDF.type.asNode(), DiploKg.ReportedFigure));
            g.add(Triple.create(
                    figure,
                    DiploKg.aboutEntity,
                    i % 2 == 0 ? ministry : NodeFactory.createURI(IRIS.entity("country", "US"))));
            g.add(Triple.create(figure, DiploKg.value, decimal(Integer.toString(i * 13 % 17))));
            g.add(Triple.create(figure, DiploKg.unit, NodeFactory.createLiteralString(i % 2 == 0 ? "USD" : "percent")));
            g.add(Triple.create(figure, DiploKg.measure, NodeFactory.createLiteralLang("measure " + (i % 5), "en")));
            if (i % 4 != 0) {
                g.add(Triple.create(
                        figure, DiploKg.refPeriod, NodeFactory.createLiteralString(Integer.toString(2015 + i % 6))));
            }
        }
        return g;
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static QueryOutcome.Select run(KnowledgeStore store, Query q) {
        return (QueryOutcome.Select) store.query(q, QueryOptions.of(Duration.ofMinutes(1), 10_000_000));
    }

    private static Query libraryQuery(String name) {
        return library.find(name).orElseThrow().query();
    }

    private static LibraryIndex build(LibraryIndex.Builder builder) {
        return builder.build(libraryQuery(builder.query()), q -> run(store, q));
    }

    private static List<List<Node>> rows(QueryOutcome.Select s) {
        return SelectRows.table(s);
    }

    /** Pages through the index and the live query with the same values; returns how many rows there were. */
    private static int assertEveryPageEqual(LibraryIndex index, String name, Map<String, Node> values, int pageSize) {
        int total = 0;
        for (long offset = 0; ; offset += pageSize) {
            Optional<QueryOutcome.Select> fromIndex = index.page(values, pageSize, offset);
            assertThat(fromIndex).as(name + " answers " + values).isPresent();
            Query live = SparqlFiles.bind(libraryQuery(name), values).cloneQuery();
            live.setLimit(pageSize + 1);
            live.setOffset(offset);
            QueryOutcome.Select fromStore = run(store, live);
            assertThat(fromIndex.get().variables()).isEqualTo(fromStore.variables());
            assertThat(rows(fromIndex.get()))
                    .as(name + " " + values + " at offset " + offset)
                    .isEqualTo(rows(fromStore));
            total += Math.min(pageSize, fromStore.rows().size());
            if (fromStore.rows().size() <= pageSize) {
                return total;
            }
        }
    }

    private static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    @Test
    void coParticipationEqualsWhoMetWhom() {
        LibraryIndex index = build(new CoParticipationIndex());
        int rows = assertEveryPageEqual(
                index, "who-met-whom", Map.of("from", date("2000-01-01"), "to", date("2030-12-31")), 5);
        assertThat(rows).as("pairs in data/").isPositive();
        assertEveryPageEqual(index, "who-met-whom", Map.of("from", date("2024-01-01"), "to", date("2024-12-31")), 3);
        assertEveryPageEqual(index, "who-met-whom", Map.of("from", date("2030-01-01"), "to", date("2020-01-01")), 3);
    }

    @Test
    void evidenceConfidenceEqualsLowConfidenceFacts() {
        LibraryIndex index = build(new EvidenceConfidenceIndex());
        int rows = assertEveryPageEqual(index, "low-confidence-facts", Map.of("threshold", decimal("1")), 7);
        assertThat(rows).as("evidence").isGreaterThanOrEqualTo(40);
        assertEveryPageEqual(index, "low-confidence-facts", Map.of("threshold", decimal("0.7")), 7);
        assertEveryPageEqual(index, "low-confidence-facts", Map.of("threshold", decimal("0.5")), 7);
    }

    @Test
    void figuresBySubjectEqualsFiguresForSubject() {
        LibraryIndex index = build(new FiguresBySubjectIndex());
        Node ministry = NodeFactory.createURI(IRIS.entity("org", "vn-ministry-of-foreign-affairs"));
        assertThat(assertEveryPageEqual(index, "figures-for-subject", Map.of("subject", ministry), 3))
                .isGreaterThanOrEqualTo(20);
        assertEveryPageEqual(
                index,
                "figures-for-subject",
                Map.of("subject", NodeFactory.createURI(IRIS.entity("person", "nobody"))),
                3);
    }

    @Test
    void aPatchedIndexEqualsOneBuiltAfterTheWrite() {
        LibraryIndex before = build(new CoParticipationIndex());
        String version = store.version();
        // two persons of data/ meet at a new event: a new pair, or one more event for an existing pair
        List<Node> persons = run(
                        store,
                        SparqlFiles.bind(
                                org.apache.jena.query.QueryFactory.create("PREFIX dk: <" + DiploKg.NS
                                        + "> SELECT DISTINCT ?p { ?p a dk:Person } ORDER BY ?p LIMIT 2"),
                                Map.of()))
                .rows()
                .stream()
                .map(b -> b.get(Var.alloc("p")))
                .toList();
        assertThat(persons).hasSize(2);
        Node event = NodeFactory.createURI(IRIS.entity("event", "2025-06-01-test-meeting"));
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(event, RDF.type.asNode(), DiploKg.Meeting));
        g.add(Triple.create(event, DiploKg.date, date("2025-06-01")));
        persons.forEach(p -> g.add(Triple.create(event, DiploKg.participant, p)));
        store.addToGraph(NodeFactory.createURI(IRIS.graph("test/patch")), g);

        KnowledgeStore.Changes changes = store.changesSince(version).orElseThrow();
        assertThat(changes.subjects()).contains(event);
        LibraryIndex patched =
                before.patch(changes.subjects(), q -> run(store, q)).orElseThrow();
        LibraryIndex rebuilt = build(new CoParticipationIndex());
        Map<String, Node> values = new HashMap<>(Map.of("from", date("2000-01-01"), "to", date("2030-12-31")));
        assertThat(rows(patched.page(values, 1000, 0).orElseThrow()))
                .isEqualTo(rows(rebuilt.page(values, 1000, 0).orElseThrow()));
        assertEveryPageEqual(patched, "who-met-whom", values, 4);
    }
}
