package org.diplokg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code diplokg.security.restrict-reads=true}: every read of the data needs a token with the {@code read} scope
 * (401 without or with an unknown token, 403 with a token lacking the scope), in plain text on the SPARQL
 * endpoints and problem+json on the JSON API; the ontology stays public and writes keep their own scopes.
 */
class RestrictedReadsIT extends EmptyStoreServer {

    static final String READER = "reader-token";
    static final String WRITER = "writer-only-token";

    @DynamicPropertySource
    static void restricted(DynamicPropertyRegistry registry) {
        registry.add("diplokg.security.restrict-reads", () -> "true");
        registry.add("diplokg.security.tokens[0].name", () -> "reader");
        registry.add("diplokg.security.tokens[0].sha256", () -> TokenHash.hex(READER));
        registry.add("diplokg.security.tokens[0].scopes", () -> "read");
        registry.add("diplokg.security.tokens[1].name", () -> "writer");
        registry.add("diplokg.security.tokens[1].sha256", () -> TokenHash.hex(WRITER));
        registry.add("diplokg.security.tokens[1].scopes", () -> "write");
    }

    static final String[] READS = {
        "/sparql?query=" + HttpTestClient.enc("ASK {}"),
        "/data?default",
        "/api/stats",
        "/api/queries",
        "/dumps/diplokg.nq.gz",
        "/id/country/VN",
        "/.well-known/void"
    };

    @Test
    void everyReadWithoutATokenIs401AndChangesToOkWithTheReadScope() {
        for (String path : READS) {
            HttpResponse<String> none = http.get(path);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).as(path).contains("Bearer");
            assertThat(none.body()).as(path).contains("scope read").doesNotContain("\"timestamp\"");
            String type = none.headers().firstValue("Content-Type").orElse("");
            assertThat(type).as(path).startsWith(path.startsWith("/api/") ? "application/problem+json" : "text/plain");

            assertThat(http.get(path, "Authorization", "Bearer wrong").statusCode())
                    .as(path)
                    .isEqualTo(401);
            HttpResponse<String> writer = http.get(path, "Authorization", "Bearer " + WRITER);
            assertThat(writer.statusCode()).as(path).isEqualTo(403);
            assertThat(writer.body()).as(path).contains("'writer'").contains("'read' scope");

            assertThat(http.get(path, "Authorization", "Bearer " + READER).statusCode())
                    .as(path)
                    .isNotIn(401, 403)
                    .isLessThan(500);
        }
    }

    @Test
    void aQueryPostedWithoutTheReadScopeIsRefusedAndWithItAnswered() {
        HttpRequest.Builder post = http.request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertThat(http.send(post).statusCode()).isEqualTo(401);
        HttpResponse<String> r = http.send(post.header("Authorization", "Bearer " + READER));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("n");
    }

    @Test
    void writesKeepTheirOwnScopeAndTheOntologyStaysPublic() {
        HttpResponse<String> write =
                http.updateAs(WRITER, "INSERT DATA { GRAPH <urn:test:restricted> { <urn:a> <urn:b> \"c\" } }");
        assertThat(write.statusCode()).isEqualTo(204);
        assertThat(http.updateAs(READER, "DROP GRAPH <urn:test:restricted>").statusCode())
                .isEqualTo(403);
        HttpResponse<String> read = http.get(
                "/sparql?query=" + HttpTestClient.enc("ASK { GRAPH <urn:test:restricted> { ?s ?p \"c\" } }"),
                "Authorization",
                "Bearer " + READER,
                "Accept",
                "text/csv");
        assertThat(read.body()).contains("true");
        assertThat(http.get("/ontology", "Accept", "text/turtle").statusCode()).isEqualTo(200);
    }
}
