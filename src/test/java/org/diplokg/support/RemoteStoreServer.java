package org.diplokg.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base for integration tests in remote mode: DiploKG on a random loopback port, its store a real
 * Fuseki in another JVM, filled from {@code data/} at start-up through the RDF4J client exactly as
 * the embedded store is. Subclasses of an embedded test class can extend this to run the same
 * assertions remotely.
 */
@TestPropertySource(properties = "diplokg.store.mode=remote")
public abstract class RemoteStoreServer extends LoopbackServer {

    protected static final FusekiProcess FUSEKI = FusekiProcess.start(null, null, true);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FUSEKI::close));
    }

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        useFuseki(registry, FUSEKI);
    }

    /** Points the application at {@code fuseki} as its remote store, filled from the project's {@code data/}. */
    public static void useFuseki(DynamicPropertyRegistry registry, FusekiProcess fuseki) {
        registry.add("diplokg.store.remote.query-url", fuseki::queryUrl);
        registry.add("diplokg.store.remote.update-url", fuseki::updateUrl);
        registry.add("diplokg.store.remote.gsp-url", fuseki::gspUrl);
        registry.add(
                "diplokg.data.directory",
                () -> ProjectPaths.project().resolve("data").toString());
    }
}
