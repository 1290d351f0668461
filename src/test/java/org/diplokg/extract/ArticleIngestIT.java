package org.diplokg.extract;

import java.nio.file.Path;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Article ingestion on a real server whose own TDB2 store holds the project data. */
@TestPropertySource(properties = "diplokg.extract.max-article-size=20KB")
class ArticleIngestIT extends LoopbackServer implements ArticleIngestContract {

    private static final Path STORE = tempDir("diplokg-ingest-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
    }

    @Override
    public HttpTestClient client() {
        return new HttpTestClient(port);
    }
}
