package org.diplokg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.diplokg.security.TokenHash;
import org.diplokg.support.LoopbackServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real server over the project data with several scoped tokens: the legacy update token (every scope),
 * {@code alice} (review), {@code robot} (ingest), {@code writer} (write) from the configuration, and the tokens
 * file's tokens (at first {@code carol}, admin), which tests rewrite to rotate. Review threshold 0.9, so that
 * the rule confidences of an ordinary article fall under it.
 */
@TestPropertySource(properties = "diplokg.review.threshold=0.9")
public abstract class ReviewServer extends LoopbackServer {

    static final String ALICE = "alice-token";
    static final String ROBOT = "robot-token";
    static final String WRITER = "writer-token";
    static final String CAROL = "carol-token";
    static final String BASE = "https://w3id.org/diplokg/";
    static final Path TOKENS_FILE = tokensFile();
    private static final Path STORE = tempDir("diplokg-review-");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
        // a list binds from one property source only: all of a token's fields come from here
        String[][] tokens = {{"alice", ALICE, "review"}, {"robot", ROBOT, "ingest"}, {"writer", WRITER, "write"}};
        for (int i = 0; i < tokens.length; i++) {
            String[] t = tokens[i];
            registry.add("diplokg.security.tokens[" + i + "].name", () -> t[0]);
            registry.add("diplokg.security.tokens[" + i + "].sha256", () -> TokenHash.hex(t[1]));
            registry.add("diplokg.security.tokens[" + i + "].scopes", () -> t[2]);
        }
        registry.add("diplokg.security.tokens-file", TOKENS_FILE::toString);
    }

    private static Path tokensFile() {
        try {
            Path file = Files.createTempFile("diplokg-tokens-", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, "# name sha256 scopes\ncarol " + TokenHash.hex(CAROL) + " admin\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests an article with the ingest-only token; answers the report. */
    JsonNode ingest(String url, String text) {
        HttpResponse<String> r = http.send(http.request("/api/articles")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ROBOT)
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("url", url, "publisher", "Test", "text", text)))));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return JSON.readTree(r.body());
    }

    JsonNode getJson(String path, String... headers) {
        HttpResponse<String> r = http.get(path, headers);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    HttpResponse<String> post(String path, String token, String json) {
        HttpRequest.Builder b = http.request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b);
    }

    boolean ask(String sparql) {
        HttpResponse<String> r = http.query(
                "PREFIX dk: <https://w3id.org/diplokg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                        + sparql,
                "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("boolean").asBoolean();
    }
}
