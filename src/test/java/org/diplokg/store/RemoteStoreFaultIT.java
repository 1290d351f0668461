package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.diplokg.support.FusekiProcess;
import org.diplokg.support.GraphCounts;
import org.junit.jupiter.api.Test;

/**
 * What happens when the remote engine misbehaves: killed mid-write, too slow, or refusing the
 * credentials. Runs the store directly against a real Fuseki in another JVM.
 */
class RemoteStoreFaultIT {

    private static final String BASE = "https://w3id.org/diplokg/";

    private static RemoteKnowledgeStore store(
            FusekiProcess fuseki, String user, String password, int batchSize, Duration timeout) {
        var remote = new StoreProperties.Remote(
                fuseki.queryUrl(), fuseki.updateUrl(), fuseki.gspUrl(), user, password, timeout, 0, batchSize);
        return new RemoteKnowledgeStore(remote, BASE, ChangeValidator.NONE, GraphFactory.createDefaultGraph());
    }

    private static Graph triples(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(Triple.create(
                    NodeFactory.createURI("urn:test:s" + i),
                    NodeFactory.createURI("urn:test:p"),
                    NodeFactory.createLiteralString("value " + i)));
        }
        return g;
    }

    @Test
    void killedServerMidWriteLeavesNoPartialGraphAndRetrySucceeds() throws Exception {
        try (FusekiProcess fuseki = FusekiProcess.start(null, null)) {
            Node article = NodeFactory.createURI(BASE + "graph/article/00000000deadbeef");
            Graph content = triples(30_000);
            RemoteKnowledgeStore writer = store(fuseki, null, null, 200, Duration.ofSeconds(20));
            RemoteKnowledgeStore watcher = store(fuseki, null, null, 200, Duration.ofSeconds(5));
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> writer.replaceGraph(article, content));
            // kill the engine once some batches have reached it, before the final swap
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!write.isDone() && System.nanoTime() < deadline) {
                if (staged(watcher) > 0) {
                    fuseki.kill();
                    break;
                }
                Thread.sleep(5);
            }
            assertThatThrownBy(() -> write.get(60, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(StoreException.class)
                    .hasMessageContaining("nothing was applied");

            fuseki.restart();
            RemoteKnowledgeStore again = store(fuseki, null, null, 200, Duration.ofSeconds(20));
            assertThat(again.graph(article))
                    .as("no partial article graph after the crash")
                    .isEmpty();

            again.replaceGraph(article, content);
            assertThat(again.graph(article))
                    .hasValueSatisfying(g -> assertThat(g.size()).isEqualTo(30_000));
            assertThat(again.graphNames()).containsExactly(article);
        }
    }

    private static long staged(RemoteKnowledgeStore watcher) {
        return GraphCounts.quadsUnder(watcher, BASE + "graph/staging/");
    }

    @Test
    void slowQueryHonoursTheTimeout() {
        try (FusekiProcess fuseki = FusekiProcess.start(null, null)) {
            RemoteKnowledgeStore s = store(fuseki, null, null, 50_000, Duration.ofSeconds(30));
            s.addToGraph(NodeFactory.createURI("urn:test:big"), triples(2_000));
            var slow = QueryFactory.create(
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:test:big> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } }");
            long start = System.nanoTime();
            assertThatThrownBy(() -> s.query(slow, QueryOptions.of(Duration.ofSeconds(2), 10)))
                    .isInstanceOf(QueryTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void wrongCredentialsGiveAClearError() {
        try (FusekiProcess fuseki = FusekiProcess.start("analyst", "right-password")) {
            RemoteKnowledgeStore wrong = store(fuseki, "analyst", "wrong-password", 100, Duration.ofSeconds(5));
            assertThatThrownBy(wrong::isEmpty)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("refused the credentials");
            RemoteKnowledgeStore right = store(fuseki, "analyst", "right-password", 100, Duration.ofSeconds(5));
            right.update(
                    UpdateFactory.create("INSERT DATA { GRAPH <" + BASE
                            + "graph/test> { <urn:test:a> <urn:test:b> <urn:test:c> } }"),
                    UpdateOptions.NONE);
            assertThat(right.isEmpty()).isFalse();
            assertThat(List.of(right.size())).containsExactly(1L);
        }
    }
}
