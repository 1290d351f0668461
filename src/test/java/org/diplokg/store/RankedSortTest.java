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
import org.diplokg.query.LibraryQuery;
import org.diplokg.query.QueryLibrary;
import org.diplokg.store.engine.RankedSort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sorting on ranks ({@link RankedSort}) gives ARQ's rows in ARQ's order: every sorted query of the library and shapes
 * it must handle (descending keys, unbound keys, keys that are expressions or errors, mixed kinds of terms, terms not
 * in the store, ties settled by the other variables, a large LIMIT), against ARQ's own sort of the same rows; and the
 * same when the rows outgrow the sort's limit and ARQ's sort takes them over midway.
 */
class RankedSortTest {

    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(60), 10_000_000);

    @TempDir
    static Path dir;

    private static GeneratedTdbStore generated;

    @BeforeAll
    static void load() throws Exception {
        generated = GeneratedTdbStore.load(dir, 60_000, 11);
    }

    @AfterAll
    static void close() {
        generated.close();
    }

    static Stream<Arguments> sortedQueries() {
        String dk =
                "PREFIX dk: <https://w3id.org/diplokg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                        + " PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
        Map<String, String> shapes = Map.ofEntries(
                Map.entry("one-key", "SELECT ?e ?c WHERE { ?e dk:confidence ?c } ORDER BY ?c"),
                Map.entry(
                        "descending-then-ascending",
                        "SELECT ?e ?c ?a WHERE { ?e dk:confidence ?c ; dk:source ?a } ORDER BY DESC(?c) ?a"),
                Map.entry(
                        "ties-settled-by-other-variables",
                        "SELECT ?e ?c ?a WHERE { ?e dk:confidence ?c ; dk:source ?a } ORDER BY ?c"),
                Map.entry(
                        "unbound-first",
                        "SELECT ?e ?d WHERE { ?e a dk:Event OPTIONAL { ?e dk:date ?d } } ORDER BY ?d ?e"),
                Map.entry(
                        "unbound-last-descending",
                        "SELECT ?e ?d WHERE { ?e a dk:Event OPTIONAL { ?e dk:date ?d } } ORDER BY DESC(?d) ?e"),
                Map.entry("expression-key", "SELECT ?e ?a WHERE { ?e dk:source ?a } ORDER BY STR(?a) DESC(?e)"),
                Map.entry("expression-error-key", "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY (?l + 1) ?s ?l"),
                Map.entry(
                        "coalesce-over-unbound",
                        "SELECT ?e ?d WHERE { ?e a dk:Event OPTIONAL { ?e dk:date ?d } } ORDER BY COALESCE(?d, \"zzz\") ?e"),
                Map.entry(
                        "mixed-kinds",
                        "SELECT ?s ?o WHERE { { ?s dk:confidence ?o } UNION { ?s rdfs:label ?o } UNION { ?s dk:date ?o } UNION { ?s dk:source ?o } } ORDER BY ?o ?s"),
                Map.entry(
                        "equal-values-different-terms",
                        "SELECT ?x WHERE { VALUES ?x { 1 1.0 \"1\"^^xsd:double 01 2 \"a\" <urn:a> } } ORDER BY ?x"),
                Map.entry(
                        "terms-from-bind",
                        "SELECT ?s ?k WHERE { ?s a dk:Person BIND(STRLEN(STR(?s)) AS ?k) } ORDER BY DESC(?k) ?s"),
                Map.entry(
                        "two-variable-expression",
                        "SELECT ?e ?c ?a WHERE { ?e dk:confidence ?c ; dk:source ?a } ORDER BY (STRLEN(STR(?a)) * ?c) ?e ?a"),
                Map.entry("large-limit", "SELECT ?e ?c WHERE { ?e dk:confidence ?c } ORDER BY DESC(?c) ?e LIMIT 20000"),
                Map.entry("small-limit", "SELECT ?e ?c WHERE { ?e dk:confidence ?c } ORDER BY DESC(?c) ?e LIMIT 7"),
                Map.entry(
                        "terms-missing-from-the-store-joined",
                        "SELECT DISTINCT ?x ?s WHERE { VALUES ?x { <urn:none> dk:Person \"z\" } OPTIONAL { ?s a ?x } } ORDER BY DESC(?x) ?s"),
                Map.entry("no-rows", "SELECT ?s WHERE { ?s a dk:NoSuchClass } ORDER BY ?s"),
                Map.entry(
                        "grouped-then-sorted",
                        "SELECT ?a (COUNT(?e) AS ?n) WHERE { ?e dk:source ?a } GROUP BY ?a ORDER BY DESC(?n) ?a"));
        List<Arguments> all = new ArrayList<>();
        shapes.forEach((name, text) -> all.add(Arguments.of(name, QueryFactory.create(dk + text))));
        for (LibraryQuery q : new QueryLibrary().all()) {
            if (q.query().hasOrderBy()) {
                all.add(Arguments.of("library/" + q.name(), LibraryDefaults.bound(q)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortedQueries")
    void sortingOnRanksGivesArqsRowsInArqsOrder(String name, Query query) {
        assertThat(rows(generated.store().select(query, OPTIONS))).as(name).isEqualTo(reference(query));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortedQueries")
    void rowsPastTheLimitAreSortedByArqInTheSameOrder(String name, Query query) {
        assertThat(withMaxRows(5, query)).as(name).isEqualTo(reference(query));
    }

    /**
     * ARQ's own sort ({@code QueryIterSort}, or its top N) over the store's rows: with a limit of 0 rows every row is
     * handed to it. Not plain TDB2: Jena 6.0.0 fails there on some library queries ("Peek iterator is already empty").
     */
    private static List<String> reference(Query query) {
        return withMaxRows(0, query);
    }

    private static List<String> withMaxRows(int maxRows, Query query) {
        ARQ.getContext().set(RankedSort.MAX_ROWS, maxRows);
        try {
            return rows(generated.store().select(query, OPTIONS));
        } finally {
            ARQ.getContext().remove(RankedSort.MAX_ROWS);
        }
    }

    /** Each row as its sorted variable=term pairs, in the order given. */
    private static List<String> rows(List<Binding> rows) {
        List<String> out = new ArrayList<>();
        for (Binding b : rows) {
            List<String> terms = new ArrayList<>();
            b.forEach((v, n) -> terms.add(v.getVarName() + "=" + n));
            terms.sort(null);
            out.add(String.join(" ", terms));
        }
        return out;
    }
}
