package org.diplokg.bench;

import org.diplokg.support.ProjectDataServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 3 benchmark on the project's data/: HTTP endpoint vs in-process ARQ, 4 concurrent clients.
 * Run with {@code bench/run.sh http-overhead}.
 * The library's background precomputation is off: it serves the REST API only and would compete for CPU.
 */
@Import(ReplayController.class)
@TestPropertySource(properties = "diplokg.queries.precompute=false")
class HttpOverheadBenchmark extends ProjectDataServer {

    @Autowired
    ApplicationContext context;

    @Test
    void httpOverheadAtFourConcurrentClients() throws Exception {
        new HttpOverheadRun(port, context, "the project's data/", "http-overhead").measure();
    }
}
