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

/**
 * The one place that says how an integration test starts the real server: on a random loopback port, with
 * the test write token, a quiet access log and no background hub pages. Subclasses add their store and settings with
 * {@code @TestPropertySource} and {@code @DynamicPropertySource}; classes with the same settings share a server.
 */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "diplokg.update-token=" + HttpTestClient.TOKEN,
            "logging.level.diplokg.access=WARN",
            // no background page builds: a page slow on a busy test machine would be served from before a test's write
            // (HubPagesIT turns them on)
            "diplokg.profiles.hubs=0"
        })
public abstract class LoopbackServer {

    @LocalServerPort
    protected int port;

    protected HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    /** Points the server at a fresh TDB2 store in {@code store}, filled from the project's {@code data/}. */
    public static void projectData(DynamicPropertyRegistry registry, Path store) {
        registry.add("diplokg.store.location", store::toString);
        registry.add(
                "diplokg.data.directory",
                () -> ProjectPaths.project().resolve("data").toString());
    }

    /**
     * Points the server at a TDB2 store of its own in {@code store} holding only the ontology: for tests whose
     * writes (deep lists, fuzzed payloads) or whole-store comparisons must not meet other classes' data.
     */
    public static void ownEmptyStore(DynamicPropertyRegistry registry, Path store) {
        registry.add("diplokg.store.location", store::toString);
        registry.add("diplokg.data.directory", () -> "target/test-no-data");
    }

    /** A temporary directory removed when the JVM exits. */
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
