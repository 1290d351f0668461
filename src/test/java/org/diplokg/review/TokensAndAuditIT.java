package org.diplokg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.diplokg.security.TokenHash;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Scoped tokens (401 without or with a bad token, 403 for a missing scope, plain text on SPARQL endpoints and
 * problem+json on the API), rotation through the tokens file without a restart, and the audit trail of writes.
 */
class TokensAndAuditIT extends ReviewServer {

    private JsonNode audit(String token, String query) {
        return getJson("/api/audit" + query, "Authorization", "Bearer " + token);
    }

    @Test
    void eachEndpointNeedsItsScope() {
        String insert = "INSERT DATA { GRAPH <urn:x:scopes> { <urn:x:a> <urn:x:p> \"1\" } }";
        HttpResponse<String> none = http.updateAs(null, insert);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(http.updateAs("no-such-token", insert).statusCode()).isEqualTo(401);
        HttpResponse<String> robot = http.updateAs(ROBOT, insert);
        assertThat(robot.statusCode()).isEqualTo(403);
        assertThat(robot.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(robot.body()).contains("robot").contains("write");
        assertThat(ask("ASK { GRAPH <urn:x:scopes> { ?s ?p ?o } }")).isFalse();
        assertThat(http.updateAs(WRITER, insert).statusCode()).isEqualTo(204);
        assertThat(http.updateAs(ALICE, "DROP GRAPH <urn:x:scopes>").statusCode())
                .isEqualTo(403);
        assertThat(ask("ASK { GRAPH <urn:x:scopes> { ?s ?p ?o } }")).isTrue();

        HttpResponse<String> gsp = http.send(http.request("/data?graph=urn:x:scopes-gsp")
                .header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + ROBOT)
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:p> 1 .")));
        assertThat(gsp.statusCode()).isEqualTo(403);

        HttpResponse<String> article =
                post("/api/articles", WRITER, "{\"text\":\"Hai bên nhất trí tăng cường hợp tác.\"}");
        assertThat(article.statusCode()).isEqualTo(403);
        assertThat(article.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(post("/api/articles", "wrong", "{\"text\":\"x\"}").statusCode())
                .isEqualTo(401);

        HttpResponse<String> auditByReviewer = http.get("/api/audit", "Authorization", "Bearer " + ALICE);
        assertThat(auditByReviewer.statusCode()).isEqualTo(403);
        assertThat(auditByReviewer.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(http.get("/api/audit").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/audit?limit=abc", "Authorization", "Bearer " + CAROL)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void tokensFileIsReReadWhenItChangesSoTokensRotateWithoutARestart() throws Exception {
        try {
            assertThat(auditStatus(CAROL)).isEqualTo(200);
            assertThat(auditStatus("dave-token")).isEqualTo(401);
            Files.writeString(TOKENS_FILE, "dave " + TokenHash.hex("dave-token") + " admin,read\n");
            Files.setLastModifiedTime(TOKENS_FILE, FileTime.from(Instant.now().plusSeconds(5)));
            assertThat(auditStatus(CAROL)).isEqualTo(401);
            assertThat(auditStatus("dave-token")).isEqualTo(200);
            // a broken file keeps the last good tokens
            Files.writeString(TOKENS_FILE, "dave not-a-hash admin\n");
            Files.setLastModifiedTime(TOKENS_FILE, FileTime.from(Instant.now().plusSeconds(10)));
            assertThat(auditStatus("dave-token")).isEqualTo(200);
        } finally {
            Files.writeString(TOKENS_FILE, "carol " + TokenHash.hex(CAROL) + " admin\n");
            Files.setLastModifiedTime(TOKENS_FILE, FileTime.from(Instant.now().plusSeconds(15)));
        }
        assertThat(auditStatus(CAROL)).isEqualTo(200);
    }

    @Test
    void everyWriteIsRecordedWithWhoWhatAndHowManyTriples() {
        assertThat(http.updateAs(
                                WRITER,
                                "INSERT DATA { GRAPH <https://example.org/graph/audited> { <urn:x:a> <urn:x:p> \"1\", \"2\" . <urn:x:b> <urn:x:p> \"3\" } }")
                        .statusCode())
                .isEqualTo(204);
        JsonNode insert =
                audit(HttpRequestTokens.LEGACY, "?limit=1").get("entries").get(0);
        assertThat(insert.get("who").asString()).isEqualTo("writer");
        assertThat(insert.get("method").asString()).isEqualTo("POST");
        assertThat(insert.get("endpoint").asString()).isEqualTo("/update");
        assertThat(insert.get("status").asInt()).isEqualTo(204);
        assertThat(insert.get("triplesAdded").asLong()).isEqualTo(3);
        assertThat(insert.get("triplesRemoved").asLong()).isZero();
        assertThat(insert.get("graphs").toString()).isEqualTo("[\"https://example.org/graph/audited\"]");

        // re-adding an existing triple adds nothing; a delete counts what was really there
        HttpResponse<String> again = http.updateAs(
                WRITER, "INSERT DATA { GRAPH <https://example.org/graph/audited> { <urn:x:a> <urn:x:p> \"1\" } }");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(204);
        JsonNode nothing = audit(CAROL, "?limit=1").get("entries").get(0);
        assertThat(nothing.get("triplesAdded").asLong()).isZero();
        assertThat(nothing.get("graphs").size()).isZero();
        HttpResponse<String> deleted = http.updateAs(
                WRITER,
                "DELETE DATA { GRAPH <https://example.org/graph/audited> { <urn:x:a> <urn:x:p> \"2\" . <urn:x:a> <urn:x:p> \"absent\" } }");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        JsonNode delete = audit(CAROL, "?limit=1").get("entries").get(0);
        assertThat(delete.get("triplesAdded").asLong()).isZero();
        assertThat(delete.get("triplesRemoved").asLong()).isEqualTo(1);

        HttpResponse<String> put = http.send(http.request(
                        "/data?graph=" + org.diplokg.support.HttpTestClient.enc("https://example.org/graph/audited"))
                .header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + WRITER)
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/c> <https://example.org/p> 1 .")));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
        JsonNode replace = audit(CAROL, "?limit=1").get("entries").get(0);
        assertThat(replace.get("method").asString()).isEqualTo("PUT");
        assertThat(replace.get("endpoint").asString()).isEqualTo("/data");
        assertThat(replace.get("triplesAdded").asLong()).isEqualTo(1);
        assertThat(replace.get("triplesRemoved").asLong()).isEqualTo(2);

        // a refused write is not an entry; paging works; the audit graph's own writes are not audited
        int before = audit(CAROL, "?limit=1000").get("entries").size();
        assertThat(http.updateAs(
                                WRITER,
                                "INSERT DATA { GRAPH <https://example.org/graph/audited> { <https://example.org/e> a "
                                        + "<https://w3id.org/diplokg/ontology#Evidence> ; <https://w3id.org/diplokg/ontology#confidence> 5.0 } }")
                        .statusCode())
                .isEqualTo(422);
        assertThat(audit(CAROL, "?limit=1000").get("entries").size()).isEqualTo(before);
        assertThat(audit(CAROL, "?limit=1&offset=1")
                        .get("entries")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(delete.get("id").asString());
        assertThat(ask("ASK { GRAPH <" + BASE + "graph/audit> { ?e dk:touchedGraph <" + BASE + "graph/audit> } }"))
                .isFalse();
        assertThat(ask("ASK { GRAPH <" + BASE
                        + "graph/audit> { ?e a dk:AuditEntry ; prov:wasAssociatedWith/rdfs:label \"writer\" ; "
                        + "dk:touchedGraph <https://example.org/graph/audited> ; dk:endpoint \"/data\" } }"))
                .isTrue();
    }

    /** The legacy update token has every scope, admin included. */
    private static final class HttpRequestTokens {
        static final String LEGACY = org.diplokg.support.HttpTestClient.TOKEN;
    }

    /** The status of {@code GET /api/audit} with this bearer token. */
    private int auditStatus(String token) {
        return http.get("/api/audit", "Authorization", "Bearer " + token).statusCode();
    }
}
