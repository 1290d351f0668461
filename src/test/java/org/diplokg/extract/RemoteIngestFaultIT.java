package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.RemoteKnowledgeStore;
import org.diplokg.store.StoreException;
import org.diplokg.store.StoreProperties;
import org.diplokg.support.FusekiProcess;
import org.diplokg.support.GraphCounts;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;

/** A remote store that dies in the middle of a batch of articles: nothing of the batch shows, a retry stores it all. */
class RemoteIngestFaultIT {

    private static final String BASE = "https://w3id.org/diplokg/";

    private static RemoteKnowledgeStore store(FusekiProcess fuseki, int batchSize) {
        var remote = new StoreProperties.Remote(
                fuseki.queryUrl(),
                fuseki.updateUrl(),
                fuseki.gspUrl(),
                null,
                null,
                Duration.ofSeconds(20),
                0,
                batchSize);
        return new RemoteKnowledgeStore(remote, BASE, ChangeValidator.NONE, GraphFactory.createDefaultGraph());
    }

    private static ArticleIngestion ingestion(RemoteKnowledgeStore store) {
        return new ArticleIngestion(store, new IriPolicy(BASE));
    }

    @Test
    void engineKilledMidBatchLeavesNoArticleGraphAndARetryStoresThemAll() throws Exception {
        String text = Files.readString(ProjectPaths.seeds().resolve("002_78c5588e09a78608.txt"));
        List<ArticleInput> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            articles.add(new ArticleInput(null, text, "https://fault.invalid/" + i, null, null, null));
        }
        try (FusekiProcess fuseki = FusekiProcess.start(null, null)) {
            RemoteKnowledgeStore writer = store(fuseki, 100);
            RemoteKnowledgeStore watcher = store(fuseki, 100);
            CompletableFuture<List<ArticleIngestion.Outcome>> run =
                    CompletableFuture.supplyAsync(() -> ingestion(writer).ingestAll(articles));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!run.isDone() && System.nanoTime() < deadline) {
                if (GraphCounts.quadsUnder(watcher, BASE + "graph/staging/") > 0) {
                    fuseki.kill();
                    break;
                }
                Thread.sleep(5);
            }
            assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(StoreException.class)
                    .hasMessageContaining("nothing was applied");

            fuseki.restart();
            RemoteKnowledgeStore again = store(fuseki, 100);
            assertThat(GraphCounts.quadsUnder(again, BASE + "graph/extraction/"))
                    .as("no article graph after the crash")
                    .isZero();

            List<ArticleIngestion.Outcome> retry = ingestion(again).ingestAll(articles);
            assertThat(retry).allSatisfy(o -> assertThat(o.report().status()).isEqualTo("created"));
            assertThat(again.graphNames().stream().filter(g -> g.getURI().startsWith(BASE + "graph/extraction/")))
                    .hasSize(60);
        }
    }
}
