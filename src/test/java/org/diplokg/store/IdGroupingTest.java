package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Symbol;
import org.diplokg.query.LibraryQuery;
import org.diplokg.query.QueryLibrary;
import org.diplokg.store.engine.HashJoinScan;
import org.diplokg.store.engine.IdGrouping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grouping on TDB2 node ids ({@link org.diplokg.store.engine.IdGrouping}) gives ARQ's answers: every grouping query of
 * the library and a set of shapes it must handle (no key, several keys, unbound keys and values, HAVING, SAMPLE,
 * values that do not come from the store, empty input) run on the embedded store and, as the reference, with plain
 * ARQ on an in-memory copy whose default graph is the union of the named graphs.
 */
class IdGroupingTest {

    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(60), 10_000_000);

    @TempDir
    static Path dir;

    private static GeneratedTdbStore generated;

    @BeforeAll
    static void load() throws Exception {
        generated = GeneratedTdbStore.load(dir, 60_000, 7);
        assertThat(generated.store().size()).isGreaterThan(50_000);
    }

    @AfterAll
    static void close() {
        generated.close();
    }

    static Stream<Arguments> groupingQueries() {
        List<Arguments> all = new ArrayList<>();
        String dk =
                "PREFIX dk: <https://w3id.org/diplokg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        Map<String, String> shapes = Map.ofEntries(
                Map.entry("count-by-type", "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type"),
                Map.entry("count-star-no-key", "SELECT (COUNT(*) AS ?n) WHERE { ?s a dk:Event }"),
                Map.entry(
                        "count-on-empty-input",
                        "SELECT (COUNT(?s) AS ?n) (SAMPLE(?s) AS ?x) WHERE { ?s a dk:NoSuchClass }"),
                Map.entry(
                        "keyed-on-empty-input",
                        "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a dk:NoSuchClass ; a ?t } GROUP BY ?t"),
                Map.entry(
                        "distinct-with-having",
                        "SELECT ?p (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dk:participant ?p } GROUP BY ?p HAVING (COUNT(DISTINCT ?e) >= 3)"),
                Map.entry(
                        "two-keys-and-optional",
                        "SELECT ?t ?d (COUNT(?s) AS ?n) (COUNT(?d) AS ?withDate) WHERE { ?s a ?t OPTIONAL { ?s dk:date ?d } } GROUP BY ?t ?d"),
                Map.entry(
                        "unbound-key",
                        "SELECT ?d (COUNT(*) AS ?n) WHERE { ?s a dk:Event OPTIONAL { ?s dk:date ?d } } GROUP BY ?d"),
                Map.entry(
                        "graphs-and-sample",
                        "SELECT ?fact (COUNT(DISTINCT ?g) AS ?n) (SAMPLE(?g) AS ?graph) WHERE { GRAPH ?g { ?fact a dk:PostHolding } } GROUP BY ?fact HAVING (COUNT(DISTINCT ?g) = 1)"),
                Map.entry(
                        "values-not-in-store",
                        "SELECT ?k (COUNT(DISTINCT ?v) AS ?n) WHERE { VALUES (?k ?v) { (\"a\" 1) (\"a\" 2) (\"a\" 1) (<urn:x> \"q\") } } GROUP BY ?k"),
                Map.entry(
                        "bound-by-bind",
                        "SELECT ?k (COUNT(?s) AS ?n) WHERE { ?s a dk:Person BIND(STRLEN(STR(?s)) AS ?k) } GROUP BY ?k"),
                Map.entry(
                        "grouped-subquery",
                        "SELECT ?n (COUNT(*) AS ?persons) WHERE { { SELECT ?p (COUNT(?e) AS ?n) WHERE { ?e dk:participant ?p } GROUP BY ?p } } GROUP BY ?n"),
                Map.entry("group-without-aggregate", "SELECT ?t WHERE { ?s a ?t } GROUP BY ?t"),
                Map.entry(
                        "bind-year-distinct",
                        "SELECT ?y (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dk:date ?d BIND(SUBSTR(STR(?d), 1, 4) AS ?y) } GROUP BY ?y"),
                Map.entry(
                        "bind-error-leaves-unbound",
                        "SELECT ?k (COUNT(*) AS ?n) (COUNT(DISTINCT ?k) AS ?keys) WHERE { ?s a dk:Person BIND(1 / 0 AS ?k) } GROUP BY ?k"),
                Map.entry(
                        "bind-twice-in-a-row",
                        "SELECT ?k ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t BIND(STRLEN(STR(?t)) AS ?l) BIND(?l * 2 AS ?k) } GROUP BY ?k ?t"),
                Map.entry(
                        "bind-copies-a-stored-term",
                        "SELECT ?k (COUNT(DISTINCT ?c) AS ?n) WHERE { ?e dk:participant ?p BIND(?p AS ?c) BIND(?e AS ?k) } GROUP BY ?k"),
                Map.entry(
                        "bind-over-a-join",
                        "SELECT ?y (COUNT(?p) AS ?n) (COUNT(DISTINCT ?p) AS ?people) WHERE { ?e dk:participant ?p ; dk:date ?d BIND(YEAR(?d) AS ?y) } GROUP BY ?y"),
                Map.entry(
                        "scan-count-by-graph",
                        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"),
                Map.entry(
                        "scan-two-keys-distinct",
                        "SELECT ?g ?p (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ?p"),
                Map.entry(
                        "scan-constant-predicate",
                        "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) (COUNT(?g) AS ?c) WHERE { GRAPH ?g { ?s a ?t } } GROUP BY ?t"),
                Map.entry(
                        "scan-absent-constant",
                        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:nope> ?o } } GROUP BY ?g"),
                Map.entry(
                        "scan-absent-constant-no-key",
                        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:nope> ?o } }"),
                Map.entry(
                        "scan-repeated-variable",
                        "SELECT ?s (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?s } } GROUP BY ?s"),
                Map.entry(
                        "scan-graph-describing-itself",
                        "SELECT ?p (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g ?p ?o } } GROUP BY ?p"),
                Map.entry(
                        "union-scan-by-predicate",
                        "SELECT ?p (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) WHERE { ?s ?p ?o } GROUP BY ?p"),
                Map.entry(
                        "union-scan-constant-object",
                        "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p dk:Person } GROUP BY ?s"),
                Map.entry("union-scan-repeated-variable", "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?s } GROUP BY ?p"),
                Map.entry("union-scan-no-key", "SELECT (COUNT(*) AS ?n) WHERE { ?s dk:participant ?o }"),
                Map.entry(
                        "runs-union-distinct-next-in-index",
                        "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) (COUNT(?s) AS ?rows) WHERE { ?s a ?t } GROUP BY ?t"),
                Map.entry(
                        "runs-sample-of-single-groups",
                        "SELECT ?t (SAMPLE(?s) AS ?x) (COUNT(DISTINCT ?t) AS ?one) WHERE { ?s a ?t } GROUP BY ?t HAVING (COUNT(*) = 1)"),
                Map.entry(
                        "runs-by-graph-distinct-subjects",
                        "SELECT ?g (COUNT(DISTINCT ?s) AS ?n) (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"),
                Map.entry(
                        "runs-absent-constant-with-key",
                        "SELECT ?t (COUNT(*) AS ?n) WHERE { ?s <urn:nope> ?t } GROUP BY ?t"),
                Map.entry(
                        "join-filter-on-one-side",
                        "SELECT ?a (COUNT(?ev) AS ?weak) WHERE { ?ev dk:source ?a ; dk:confidence ?c FILTER(?c < 0.6) } GROUP BY ?a"),
                Map.entry(
                        "join-filter-across-sides",
                        "SELECT ?a (COUNT(*) AS ?n) WHERE { ?ev dk:source ?a ; dk:confidence ?c FILTER(STRLEN(STR(?a)) * ?c > 20) } GROUP BY ?a"),
                Map.entry(
                        "join-object-to-subject",
                        "SELECT ?t (COUNT(?e) AS ?n) (COUNT(DISTINCT ?p) AS ?people) WHERE { ?e dk:participant ?p . ?p a ?t } GROUP BY ?t"),
                Map.entry(
                        "join-object-to-object",
                        "SELECT ?a (COUNT(*) AS ?pairs) WHERE { ?x dk:source ?a . ?y dk:source ?a } GROUP BY ?a"),
                Map.entry(
                        "join-constant-object",
                        "SELECT ?s (COUNT(?l) AS ?labels) WHERE { ?s a dk:Person . ?s rdfs:label ?l } GROUP BY ?s"),
                Map.entry(
                        "join-filter-on-the-larger-side",
                        "SELECT ?s (COUNT(?l) AS ?n) WHERE { ?s a dk:Person . ?s rdfs:label ?l FILTER(LANG(?l) = \"en\") } GROUP BY ?s"),
                Map.entry(
                        "join-absent-predicate",
                        "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s <urn:nope> ?o . ?s a ?t } GROUP BY ?s"),
                Map.entry(
                        "join-filter-exists",
                        "SELECT ?a (COUNT(?ev) AS ?n) WHERE { ?ev dk:source ?a ; dk:confidence ?c FILTER EXISTS { ?ev a ?t } } GROUP BY ?a"),
                Map.entry(
                        "join-no-key",
                        "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?ev dk:source ?a ; dk:confidence ?c FILTER(?c >= 0.6) }"),
                Map.entry(
                        "scan-key-not-in-pattern",
                        "SELECT ?x (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a dk:Event } } GROUP BY ?x"));
        shapes.forEach((name, text) -> all.add(Arguments.of(name, QueryFactory.create(dk + text))));
        for (LibraryQuery q : new QueryLibrary().all()) {
            if (q.query().hasGroupBy()
                    || q.query().hasAggregators()
                    || q.query().toString().contains("GROUP BY")) {
                all.add(Arguments.of("library/" + q.name(), LibraryDefaults.bound(q)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupingQueries")
    void groupingOnNodeIdsGivesArqsAnswer(String name, Query query) {
        assertSameAnswer(name, query, generated.store().select(query, OPTIONS));
    }

    /** SAMPLE picks any value of its group: shapes where a group has several are left out of the spilled run. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("groupingQueries")
    void groupingSpilledToDiskGivesArqsAnswer(String name, Query query) {
        assertSameAnswerWith(IdGrouping.MAX_GROUPS, 3, name, query);
    }

    /** Every grouping over two patterns joined by hash ({@link HashJoinScan}) however small its sides. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("groupingQueries")
    void groupingOverAHashJoinGivesArqsAnswer(String name, Query query) {
        assertSameAnswerWith(HashJoinScan.MIN_ROWS, 0, name, query);
    }

    /** A join by hash never reads the root row; closing the query must still close it (ARQ warns of it otherwise). */
    @Test
    void groupingOverAHashJoinLeavesNoIteratorOpen() {
        ch.qos.logback.classic.Logger check = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger("org.apache.jena.sparql.engine.iterator.QueryIteratorCheck");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> warnings =
                new ch.qos.logback.core.read.ListAppender<>();
        warnings.start();
        check.addAppender(warnings);
        ARQ.getContext().set(HashJoinScan.MIN_ROWS, 0);
        try {
            List<Binding> rows = generated
                    .store()
                    .select(
                            QueryFactory.create("PREFIX dk: <https://w3id.org/diplokg/ontology#> SELECT ?p"
                                    + " (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dk:participant ?p . ?p a dk:Person }"
                                    + " GROUP BY ?p"),
                            OPTIONS);
            assertThat(rows).isNotEmpty();
        } finally {
            ARQ.getContext().remove(HashJoinScan.MIN_ROWS);
            check.detachAppender(warnings);
        }
        assertThat(warnings.list)
                .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }

    /** The answer with an engine setting changed for the run, against plain ARQ. */
    private static void assertSameAnswerWith(Symbol setting, Object value, String name, Query query) {
        ARQ.getContext().set(setting, value);
        try {
            assertSameAnswer(name, query, generated.store().select(query, OPTIONS));
        } finally {
            ARQ.getContext().remove(setting);
        }
    }

    private static void assertSameAnswer(String name, Query query, List<Binding> ours) {
        List<Binding> arq = new ArrayList<>();
        try (QueryExec exec =
                QueryExec.dataset(generated.reference()).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(arq::add);
        }
        List<String> missing = new ArrayList<>(sorted(arq));
        missing.removeAll(sorted(ours));
        List<String> extra = new ArrayList<>(sorted(ours));
        extra.removeAll(sorted(arq));
        assertThat(missing)
                .as(name + ": rows only ARQ gives; ours only: " + extra)
                .isEmpty();
        assertThat(sorted(ours)).as(name).isEqualTo(sorted(arq));
    }

    private static List<String> sorted(List<Binding> rows) {
        List<String> out = new ArrayList<>();
        for (Binding b : rows) {
            List<String> terms = new ArrayList<>();
            b.forEach((v, n) -> terms.add(v.getVarName() + "=" + n));
            terms.sort(null);
            StringBuilder s = new StringBuilder(String.join(" ", terms));
            out.add(s.toString());
        }
        out.sort(null);
        return out;
    }
}
