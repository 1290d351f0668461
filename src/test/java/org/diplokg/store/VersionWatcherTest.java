package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background loop of derived data, on a real TDB2 store: what each look is told about the version. */
class VersionWatcherTest {

    @TempDir
    Path dir;

    private record Seen(String version, boolean settled) {}

    @Test
    void aWriteIsSeenUnsettledAtTheNextLookAndSettledAtTheOneAfter() throws InterruptedException {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true)) {
            List<Seen> looks = new CopyOnWriteArrayList<>();
            CountDownLatch firstRan = new CountDownLatch(1);
            // an interval far longer than the test: only wake() makes a look after the first
            VersionWatcher watcher = new VersionWatcher(
                    store,
                    "test-watcher",
                    Duration.ofMinutes(10),
                    firstRan::countDown,
                    (v, settled) -> looks.add(new Seen(v, settled)));
            watcher.start();
            try {
                assertThat(firstRan.await(10, TimeUnit.SECONDS)).isTrue();
                awaitLooks(looks, 1);
                String before = store.version();
                assertThat(looks.getFirst()).isEqualTo(new Seen(before, true));

                var g = GraphFactory.createDefaultGraph();
                g.add(Triple.create(
                        NodeFactory.createURI("urn:x:a"), RDFS.label.asNode(), NodeFactory.createLiteralString("a")));
                store.replaceGraph(NodeFactory.createURI("urn:g:1"), g);
                String after = store.version();
                assertThat(after).isNotEqualTo(before);

                watcher.wake();
                awaitLooks(looks, 2);
                assertThat(looks.get(1)).as("the first look after a write").isEqualTo(new Seen(after, false));
                watcher.wake();
                awaitLooks(looks, 3);
                assertThat(looks.get(2)).as("the version stayed the same since").isEqualTo(new Seen(after, true));
            } finally {
                watcher.stop();
            }
        }
    }

    private static void awaitLooks(List<Seen> looks, int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (looks.size() < n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(looks).hasSizeGreaterThanOrEqualTo(n);
    }
}
