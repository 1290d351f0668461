package org.diplokg.conformance;

import java.nio.file.Path;
import org.diplokg.support.LoopbackServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The W3C suites run CLEAR ALL and DROP ALL, so they get a server and a TDB2 store of their own,
 * in the default configuration (only the write token is set, as the suites need writes).
 */
@TestPropertySource(properties = {"diplokg.data.directory=target/test-no-data", "diplokg.conformance=true"})
abstract class IsolatedStoreServer extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-conformance-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("diplokg.store.location", STORE::toString);
    }
}
