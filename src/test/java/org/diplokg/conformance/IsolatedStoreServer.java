package org.diplokg.conformance;

import java.nio.file.Path;
import org.diplokg.DiploKgApplication;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The W3C suites run CLEAR ALL and DROP ALL, so they get a server and a TDB2 store of their own,
 * in the default configuration (only the write token is set, as the suites need writes).
 */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "diplokg.update-token=" + HttpTestClient.TOKEN,
            "diplokg.data.directory=target/test-no-data",
            "logging.level.diplokg.access=WARN",
            "diplokg.conformance=true"
        })
abstract class IsolatedStoreServer {

    private static final Path STORE = EmptyStoreServer.tempDir("diplokg-conformance-");

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
}
