package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.hardening.HardeningProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory guard on a real TDB2 store, with the heap reading supplied by the test: above the limit after a
 * collection it stops the longest-running query with {@link QueryMemoryException}, leaves the others alone, and stops
 * nothing while the heap is below the limit.
 */
class QueryMemoryGuardTest {

    private static final String ENDLESS =
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:g> { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h } }";
    private static final QueryOptions LONG = QueryOptions.of(Duration.ofSeconds(60), 10);

    @TempDir
    Path dir;

    @Test
    void nearlyFullHeapStopsTheLongestRunningQueryOnly() throws Exception {
        AtomicLong used = new AtomicLong(0);
        AtomicLong collections = new AtomicLong(0);
        QueryMemoryGuard guard =
                new QueryMemoryGuard(0.85, used::get, 1000, collections::get, 20, Duration.ofSeconds(30));
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(
                dir, ChangeValidator.NONE, true, HardeningProperties.defaults().maxStringLength(), guard)) {
            store.addToGraph(NodeFactory.createURI("urn:g"), triples(400));
            CompletableFuture<QueryOutcome> endless =
                    CompletableFuture.supplyAsync(() -> store.query(QueryFactory.create(ENDLESS), LONG));
            TimeUnit.MILLISECONDS.sleep(300);
            assertThat(endless).isNotDone(); // below the limit nothing is stopped

            used.set(950);
            collections.incrementAndGet();
            assertThatThrownBy(() -> endless.get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(QueryMemoryException.class)
                    .hasMessageContaining("needed more memory than the server has left");

            // the same heap reading, no collection since: a later query is not stopped
            List<?> rows =
                    store.select(QueryFactory.create("SELECT ?p WHERE { GRAPH <urn:g> { ?s ?p ?o } } LIMIT 5"), LONG);
            assertThat(rows).hasSize(5);
        }
    }

    @Test
    void noSecondQueryIsStoppedWhileTheStoppedOneIsStillEnding() throws Exception {
        AtomicLong collections = new AtomicLong(0);
        try (QueryMemoryGuard guard = fullHeap(collections, Duration.ofSeconds(30))) {
            QueryExec[] running = twoRunning(guard);

            fullCollection(collections, guard);
            assertThat(guard.stopped(running[0])).isTrue();
            assertThat(guard.stopped(running[1])).isFalse();

            // the first has not ended yet, so the heap is still its: the next collection stops nothing more
            fullCollection(collections, guard);
            assertThat(guard.stopped(running[1])).isFalse();

            // once it has ended and the heap is still full, the next oldest is stopped
            guard.finished(running[0]);
            fullCollection(collections, guard);
            assertThat(guard.stopped(running[1])).isTrue();
        }
    }

    @Test
    void aStoppedQueryThatOutlivesTheGraceNoLongerShieldsTheOthers() throws Exception {
        AtomicLong collections = new AtomicLong(0);
        try (QueryMemoryGuard guard = fullHeap(collections, Duration.ZERO)) {
            QueryExec[] running = twoRunning(guard);
            fullCollection(collections, guard);
            fullCollection(collections, guard);
            assertThat(guard.stopped(running[0])).isTrue();
            assertThat(guard.stopped(running[1])).isTrue();
        }
    }

    /** A guard that reads a nearly full heap after every collection, with no periodic look (one a day). */
    private static QueryMemoryGuard fullHeap(AtomicLong collections, Duration grace) {
        return new QueryMemoryGuard(0.85, () -> 950, 1000, collections::get, 86_400_000, grace);
    }

    /** Two queries the guard sees running, the first started earlier. */
    private static QueryExec[] twoRunning(QueryMemoryGuard guard) throws InterruptedException {
        QueryExec first = exec();
        QueryExec second = exec();
        guard.started(first);
        TimeUnit.MILLISECONDS.sleep(5);
        guard.started(second);
        return new QueryExec[] {first, second};
    }

    private static void fullCollection(AtomicLong collections, QueryMemoryGuard guard) {
        collections.incrementAndGet();
        guard.check();
    }

    private static QueryExec exec() {
        return QueryExec.dataset(DatasetGraphFactory.createTxnMem())
                .query("SELECT * WHERE { ?s ?p ?o }")
                .build();
    }

    @Test
    void guardWithoutALimitWatchesNothing() {
        QueryMemoryGuard off = QueryMemoryGuard.forHeap(0);
        off.check();
        off.close();
        assertThat(off.maxHeap()).isPositive();
    }

    private static Graph triples(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(
                    NodeFactory.createURI("urn:s" + i),
                    NodeFactory.createURI("urn:p"),
                    NodeFactory.createURI("urn:o" + (i % 7)));
        }
        return g;
    }
}
