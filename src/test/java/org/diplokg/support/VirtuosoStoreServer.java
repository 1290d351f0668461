package org.diplokg.support;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base for the remote-mode contract against OpenLink Virtuoso 7.2: DiploKG on a random loopback port,
 * its store a real Virtuoso filled from {@code data/} at start-up. Virtuoso compiles each update to SQL
 * and gives up near 1,000 data triples per request, hence the batch size. Runs where the Debian package
 * is installed ({@code .ci/run} installs it); elsewhere the classes are reported as skipped.
 */
@EnabledIf("org.diplokg.support.VirtuosoProcess#installed")
@TestPropertySource(properties = {"diplokg.store.mode=remote", "diplokg.store.remote.batch-size=1000"})
public abstract class VirtuosoStoreServer extends LoopbackServer {

    protected static final VirtuosoProcess VIRTUOSO = VirtuosoProcess.installed() ? VirtuosoProcess.start() : null;

    static {
        if (VIRTUOSO != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(VIRTUOSO::close));
        }
    }

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        registry.add("diplokg.store.remote.query-url", VIRTUOSO::sparqlUrl);
        registry.add("diplokg.store.remote.update-url", VIRTUOSO::sparqlUrl);
        registry.add(
                "diplokg.data.directory",
                () -> ProjectPaths.project().resolve("data").toString());
    }
}
