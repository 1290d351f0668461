package org.diplokg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplokg.DiploKgApplication;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 3 benchmark on a store where the mix's queries do real work: the same mix, clients and
 * measurement as {@link HttpOverheadBenchmark}, on a prebuilt synthetic TDB2 store
 * ({@code -Dbench.store=DIR/tdb2}, built by {@code bench/run.sh http-overhead-scale}). On the 9 K-quad
 * project data most queries take well under a millisecond, so the fixed cost of a request dominates there.
 */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "logging.level.diplokg.access=WARN",
            "diplokg.queries.precompute=false"
        })
@Import(ReplayController.class)
class HttpOverheadAtScaleBenchmark {

    private static final Path STORE =
            Path.of(System.getProperty("bench.store", "target/bench-data/scale-1000000/tdb2"));

    @DynamicPropertySource
    static void scaleStore(DynamicPropertyRegistry registry) {
        if (!Files.isDirectory(STORE)) {
            throw new IllegalStateException(
                    "No benchmark store at " + STORE + "; run bench/run.sh http-overhead-scale");
        }
        registry.add("diplokg.store.location", STORE::toString);
        registry.add(
                "diplokg.data.directory",
                () -> ProjectPaths.project().resolve("data").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void httpOverheadAtFourConcurrentClientsOnSyntheticStore() throws Exception {
        new HttpOverheadRun(
                        port,
                        context,
                        "the synthetic store " + STORE + " (SyntheticData plus data/)",
                        "http-overhead-scale")
                .measure();
    }
}
