package org.diplokg.support;

import java.nio.file.Path;
import org.diplokg.DiploKgApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests over the project's own knowledge: the real server on a random
 * loopback port, whose fresh TDB2 store is filled from {@code data/} at start-up exactly as in
 * production. Test classes extending it share one server; they must only read.
 */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "diplokg.update-token=" + HttpTestClient.TOKEN,
            "logging.level.diplokg.access=WARN"
        })
public abstract class ProjectDataServer {

    private static final Path STORE = EmptyStoreServer.tempDir("diplokg-data-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("diplokg.store.location", STORE::toString);
        registry.add(
                "diplokg.data.directory",
                () -> ProjectPaths.project().resolve("data").toString());
    }

    @LocalServerPort
    protected int port;

    protected HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }
}
