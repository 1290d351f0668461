package org.diplokg.support;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base for integration tests that need the real server on a random loopback port over a fresh
 * temporary TDB2 store holding only the ontology (no {@code data/}). Test classes with the same
 * settings share one server, so tests must not depend on each other's writes.
 */
@TestPropertySource(properties = "diplokg.data.directory=target/test-no-data")
public abstract class EmptyStoreServer extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-empty-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("diplokg.store.location", STORE::toString);
    }
}
