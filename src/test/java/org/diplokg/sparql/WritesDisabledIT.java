package org.diplokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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
        HttpResponse<String> r = http.send(http.request("/data?graph=urn:test:x")
                .header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
