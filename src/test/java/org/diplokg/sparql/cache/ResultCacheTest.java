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
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir, ChangeValidator.NONE, true)) {
            ResultCache cache = new ResultCache(new ResultCacheProperties(true, 16, 2));
            insert(store, "a");
            insert(store, "b");
            insert(store, "c");
            String all = "SELECT ?s WHERE { ?s a <https://example.org/T> }";
            assertThat(rows(ask(cache, store, all))).isEqualTo(3);
            assertThat(rows(ask(cache, store, all))).isEqualTo(3);
            assertThat(runs).hasValue(2);
            assertThat(cache.size()).isZero();

            String two = "SELECT ?s WHERE { ?s a <https://example.org/T> } ORDER BY ?s LIMIT 2";
            ask(cache, store, two);
            ask(cache, store, two);
            assertThat(runs).hasValue(3);
            assertThat(cache.size()).isEqualTo(1);
        }
    }
}
