package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code SELECT DISTINCT … ORDER BY … LIMIT} on the embedded store ({@link org.diplokg.store.engine.DistinctTopN})
 * gives ARQ's answer, row for row: many duplicates, a limit below and above the number of distinct rows, an offset,
 * descending order, and a limit of one. Every query orders on all it selects, so the answer is unique. The reference
 * is plain ARQ on an in-memory copy whose default graph is the union of the named graphs.
 */
class DistinctTopNTest {

    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(60), 50_000);
    private static final String DK = "PREFIX dk: <https://w3id.org/diplokg/ontology#> ";

    @org.junit.jupiter.api.io.TempDir
    static Path dir;

    private static GeneratedTdbStore generated;

    @BeforeAll
    static void load() throws Exception {
        generated = GeneratedTdbStore.load(dir, 30_000, 11);
    }

    @AfterAll
    static void close() {
        generated.close();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of(
                        "participants, many duplicates",
                        "SELECT DISTINCT ?p WHERE { ?e dk:participant ?p } ORDER BY ?p LIMIT 10"),
                Arguments.of(
                        "dates descending with offset",
                        "SELECT DISTINCT ?e ?d WHERE { ?e dk:date ?d } ORDER BY DESC(?d) ?e LIMIT 25 OFFSET 5"),
                Arguments.of(
                        "limit above the distinct rows", "SELECT DISTINCT ?t WHERE { ?s a ?t } ORDER BY ?t LIMIT 1000"),
                Arguments.of("limit of one", "SELECT DISTINCT ?t WHERE { ?s a ?t } ORDER BY DESC(?t) LIMIT 1"),
                Arguments.of(
                        "two keys",
                        "SELECT DISTINCT ?c ?e WHERE { ?e dk:participant ?p . ?p dk:nationality ?c } ORDER BY ?c DESC(?e) LIMIT 40"),
                Arguments.of(
                        "row cap as the limit", "SELECT DISTINCT ?p ?e WHERE { ?e dk:participant ?p } ORDER BY ?p ?e"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void firstDistinctRowsInOrderAreArqs(String name, String text) {
        Query query = QueryFactory.create(DK + text);
        List<String> ours = strings(query, generated.store().select(query, OPTIONS));
        List<Binding> arq = new ArrayList<>();
        try (QueryExec exec =
                QueryExec.dataset(generated.reference()).query(query).build()) {
            exec.select().forEachRemaining(arq::add);
        }
        assertThat(ours).as(name).isNotEmpty().containsExactlyElementsOf(strings(query, arq));
    }

    /** Each row as its selected values in the order selected. */
    private static List<String> strings(Query query, List<Binding> rows) {
        return rows.stream()
                .map(b -> query.getProjectVars().stream()
                        .map(v -> String.valueOf(b.get(v)))
                        .toList()
                        .toString())
                .toList();
    }
}
