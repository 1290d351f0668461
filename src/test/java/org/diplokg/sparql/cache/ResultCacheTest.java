package org.diplokg.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.TdbKnowledgeStore;
import org.diplokg.store.UpdateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache over a real TDB2 store: hits for the same query however written, a write invalidates. */
class ResultCacheTest {

    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(10), 1_000);

    @TempDir
    Path dir;

    private final AtomicInteger runs = new AtomicInteger();

    private QueryOutcome ask(ResultCache cache, TdbKnowledgeStore store, String text) {
        Query q = QueryFactory.create(text);
        return cache.answer(store.version(), q, OPTIONS, () -> {
            runs.incrementAndGet();
            return store.query(q, OPTIONS);
        });
    }

    private static final String ALL = "SELECT ?s WHERE { ?s a <https://example.org/T> } ORDER BY ?s";
    private static final String FIRST_TWO = "SELECT ?s WHERE { ?s a <https://example.org/T> } ORDER BY ?s LIMIT 2";

    /** A store in {@code dir} holding one typed subject per name. */
    private TdbKnowledgeStore storeWith(String... names) {
        TdbKnowledgeStore store = new TdbKnowledgeStore(dir, ChangeValidator.NONE, true);
        for (String name : names) {
            insert(store, name);
        }
        return store;
    }

    private static void insert(TdbKnowledgeStore store, String name) {
        store.update(
                UpdateFactory.create("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/" + name
                        + "> a <https://example.org/T> } }"),
                UpdateOptions.NONE);
    }

    private static int rows(QueryOutcome outcome) {
        return ((QueryOutcome.Select) outcome).rows().size();
    }

    @Test
    void theSameQueryIsAnsweredOnceUntilAWriteChangesTheVersion() {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir, ChangeValidator.NONE, true)) {
            ResultCache cache = new ResultCache(new ResultCacheProperties(true, 16, 100));
            insert(store, "a");
            QueryOutcome first = ask(cache, store, "SELECT ?s WHERE { ?s a <https://example.org/T> }");
            QueryOutcome again = ask(cache, store, "SELECT ?s\nWHERE {\n  ?s a <https://example.org/T> . # same\n}");
            assertThat(runs).hasValue(1);
            assertThat(again).isSameAs(first);
            assertThat(rows(first)).isEqualTo(1);

            insert(store, "b");
            QueryOutcome afterWrite = ask(cache, store, "SELECT ?s WHERE { ?s a <https://example.org/T> }");
            assertThat(runs).hasValue(2);
            assertThat(rows(afterWrite)).isEqualTo(2);
            assertThat(cache.size()).isEqualTo(1);
        }
    }

    @Test
    void offByDefaultEveryRequestRuns() {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir, ChangeValidator.NONE, true)) {
            ResultCache cache = new ResultCache(new ResultCacheProperties(false, 16, 100));
            ask(cache, store, "ASK { ?s ?p ?o }");
            ask(cache, store, "ASK { ?s ?p ?o }");
            assertThat(runs).hasValue(2);
            assertThat(cache.size()).isZero();
        }
    }

    @Test
    void anAnswerOverTheRowBoundIsServedButNotKept() {
        try (TdbKnowledgeStore store = storeWith("a", "b", "c")) {
            ResultCache cache = new ResultCache(new ResultCacheProperties(true, 16, 2));
            assertThat(rows(ask(cache, store, ALL))).isEqualTo(3);
            assertThat(rows(ask(cache, store, ALL))).isEqualTo(3);
            assertThat(runs).hasValue(2);
            assertThat(cache.size()).isZero();

            ask(cache, store, FIRST_TWO);
            ask(cache, store, FIRST_TWO);
            assertThat(runs).hasValue(3);
            assertThat(cache.size()).isEqualTo(1);
        }
    }

    /** Streams {@code text} through the cache, counting the rows the reader saw; stops after {@code take} rows. */
    private int stream(ResultCache cache, TdbKnowledgeStore store, String text, int take) {
        Query q = QueryFactory.create(text);
        return cache.select(
                store.version(),
                q,
                OPTIONS,
                rows -> {
                    int seen = 0;
                    while (seen < take && rows.hasNext()) {
                        rows.next(); // values not read: what is kept must not depend on the reader having decoded them
                        seen++;
                    }
                    return seen;
                },
                reader -> {
                    runs.incrementAndGet();
                    return store.select(q, OPTIONS, reader);
                });
    }

    @Test
    void aStreamedAnswerIsKeptAndServedAgainAfterItsTransactionEnded() {
        try (TdbKnowledgeStore store = storeWith("a", "b")) {
            ResultCache cache = new ResultCache(new ResultCacheProperties(true, 16, 100));
            int all = Integer.MAX_VALUE;
            assertThat(stream(cache, store, ALL, all)).isEqualTo(2);
            assertThat(stream(cache, store, ALL, all)).isEqualTo(2);
            assertThat(runs).hasValue(1);
            QueryOutcome kept = ask(cache, store, ALL);
            assertThat(runs).hasValue(1);
            assertThat(((QueryOutcome.Select) kept).rows())
                    .extracting(b -> b.get("s").getURI())
                    .containsExactly("https://example.org/a", "https://example.org/b");
        }
    }

    @Test
    void aStreamedAnswerOverTheBoundOrReadOnlyInPartIsNotKept() {
        try (TdbKnowledgeStore store = storeWith("a", "b", "c")) {
            ResultCache cache = new ResultCache(new ResultCacheProperties(true, 16, 2));
            int whole = Integer.MAX_VALUE;
            assertThat(stream(cache, store, ALL, whole)).isEqualTo(3);
            assertThat(stream(cache, store, ALL, whole)).isEqualTo(3);
            assertThat(runs).hasValue(2);

            assertThat(stream(cache, store, FIRST_TWO, 1)).isEqualTo(1);
            assertThat(cache.size()).isZero();
            assertThat(stream(cache, store, FIRST_TWO, whole)).isEqualTo(2);
            assertThat(cache.size()).isEqualTo(1);
            assertThat(runs).hasValue(4);
        }
    }
}
