package org.diplokg.extract;

import org.diplokg.DiploKgApplication;
import org.diplokg.support.FusekiProcess;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.RemoteStoreServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same ingestion checks, with identical expectations, with the store a real Fuseki (its own
 * dataset, since these tests write) reached through the RDF4J client.
 */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "diplokg.update-token=" + HttpTestClient.TOKEN,
            "diplokg.store.mode=remote",
            "logging.level.diplokg.access=WARN",
            "diplokg.extract.max-article-size=20KB"
        })
class RemoteArticleIngestIT implements ArticleIngestContract {

    private static final FusekiProcess FUSEKI = FusekiProcess.start(null, null, true);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FUSEKI::close));
    }

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        RemoteStoreServer.useFuseki(registry, FUSEKI);
    }

    @LocalServerPort
    int port;

    @Override
    public HttpTestClient client() {
        return new HttpTestClient(port);
    }
}
