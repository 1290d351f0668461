package org.diplokg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.ProjectDataServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchApiIT extends ProjectDataServer {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode search(String q) {
        HttpResponse<String> r = http.get("/api/search?q=" + HttpTestClient.enc(q));
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void findsAPersonTypedWithoutDiacritics() {
        JsonNode hits = search("Bui Thanh Son");
        assertThat(hits.get(0).get("iri").asString()).isEqualTo("https://w3id.org/diplokg/id/person/bui-thanh-son");
        assertThat(hits.get(0).get("type").asString()).isEqualTo("Person");
        assertThat(hits.get(0).get("label").asString()).isIn("Bùi Thanh Sơn", "Bui Thanh Son");
    }

    @Test
    void findsACountryWrittenWithOldTonePlacement() {
        JsonNode hits = search("Thuỵ Sĩ");
        assertThat(hits.get(0).get("iri").asString()).isEqualTo("https://w3id.org/diplokg/id/country/CH");
        assertThat(hits.get(0).get("type").asString()).isEqualTo("Country");
    }

    @Test
    void filtersByType() {
        JsonNode hits =
                json.readTree(http.get("/api/search?q=viet&type=Country").body());
        assertThat(hits.size()).isPositive();
        hits.forEach(h -> assertThat(h.get("type").asString()).isEqualTo("Country"));
    }

    @Test
    void rejectsMissingQueryWithProblemJson() {
        HttpResponse<String> r = http.get("/api/search");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(json.readTree(r.body()).get("detail").asString()).contains("'q'");
    }

    @Test
    void rejectsOutOfRangeLimit() {
        assertThat(http.get("/api/search?q=viet&limit=1000").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/search?q=viet&limit=abc").statusCode()).isEqualTo(400);
    }
}
