package org.diplokg.extract;

import org.diplokg.support.FusekiProcess;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.diplokg.support.RemoteStoreServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same ingestion checks, with identical expectations, with the store a real Fuseki (its own
 * dataset, since these tests write) reached through the RDF4J client.
 */
@TestPropertySource(properties = {"diplokg.store.mode=remote", "diplokg.extract.max-article-size=20KB"})
class RemoteArticleIngestIT extends LoopbackServer implements ArticleIngestContract {

    private static final FusekiProcess FUSEKI = FusekiProcess.start(null, null, true);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FUSEKI::close));
    }

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        RemoteStoreServer.useFuseki(registry, FUSEKI);
    }

    @Override
    public HttpTestClient client() {
        return new HttpTestClient(port);
    }
}
