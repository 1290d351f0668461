package org.diplokg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplokg.DiploKgApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests that need the real server on a random loopback port over a fresh
 * temporary TDB2 store holding only the ontology (no {@code data/}). Test classes with the same
 * settings share one server, so tests must not depend on each other's writes.
 */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "diplokg.update-token=" + HttpTestClient.TOKEN,
            "diplokg.data.directory=target/test-no-data",
            "logging.level.diplokg.access=WARN"
        })
public abstract class EmptyStoreServer {

    private static final Path STORE = tempDir("diplokg-empty-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("diplokg.store.location", STORE::toString);
    }

    @LocalServerPort
    protected int port;

    protected HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
