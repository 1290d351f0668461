package org.diplokg.extract;

import java.nio.file.Path;
import org.diplokg.DiploKgApplication;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.ProjectPaths;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Article ingestion on a real server whose own TDB2 store holds the project data. */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "diplokg.update-token=" + HttpTestClient.TOKEN,
            "logging.level.diplokg.access=WARN",
            "diplokg.extract.max-article-size=20KB"
        })
class ArticleIngestIT implements ArticleIngestContract {

    private static final Path STORE = EmptyStoreServer.tempDir("diplokg-ingest-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("diplokg.store.location", STORE::toString);
        registry.add(
                "diplokg.data.directory",
                () -> ProjectPaths.project().resolve("data").toString());
    }

    @LocalServerPort
    int port;

    @Override
    public HttpTestClient client() {
        return new HttpTestClient(port);
    }
}
