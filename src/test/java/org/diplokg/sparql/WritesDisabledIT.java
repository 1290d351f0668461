package org.diplokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With no token configured, writes are off: 403 whatever the client sends. */
@TestPropertySource(properties = "diplokg.update-token=")
class WritesDisabledIT extends EmptyStoreServer {

    @Test
    void updateIs403WhenNoTokenIsConfigured() {
        HttpResponse<String> r = http.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Writes are disabled");
    }

    @Test
    void graphStorePutIs403WhenNoTokenIsConfigured() {
        HttpResponse<String> r =
                http.putAs(HttpTestClient.TOKEN, "/data?graph=urn:test:x", "text/turtle", "<urn:a> <urn:b> <urn:c> .");
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
