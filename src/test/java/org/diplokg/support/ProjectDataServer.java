package org.diplokg.support;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests over the project's own knowledge: the real server on a random
 * loopback port, whose fresh TDB2 store is filled from {@code data/} at start-up exactly as in
 * production. Test classes extending it share one server; they must only read.
 */
public abstract class ProjectDataServer extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-data-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
    }
}
