package org.diplokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.ProjectDataServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The explorer's JSON: the right neighbours and edges, filtered by date and kind, and precise 400s. */
class GraphApiIT extends ProjectDataServer {

    private static final String ID = "https://w3id.org/diplokg/id/";
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode graph(String query) {
        HttpResponse<String> r = http.get("/api/graph?center=" + HttpTestClient.enc(ID + "country/VN") + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<String> partnershipLevels(JsonNode g, String other) {
        List<String> levels = new ArrayList<>();
        g.get("edges").forEach(e -> {
            JsonNode d = e.get("data");
            if ("partnership".equals(d.get("kind").asString())
                    && (d.get("source").asString().equals(other)
                            || d.get("target").asString().equals(other))) {
                levels.add(d.get("level").asString());
            }
        });
        return levels;
    }

    @Test
    void vietnamsNeighbourhoodHoldsItsPartnersWithTheirCurrentLevel() {
        JsonNode g = graph("&depth=1&asOf=2026-01-01");
        List<String> ids = new ArrayList<>();
        g.get("nodes").forEach(n -> ids.add(n.get("data").get("id").asString()));
        assertThat(ids).contains(ID + "country/VN", ID + "country/US", ID + "country/CN", ID + "country/GB");
        assertThat(partnershipLevels(g, ID + "country/US")).containsExactly("ComprehensiveStrategicPartnership");
        assertThat(partnershipLevels(g, ID + "country/GB")).containsExactly("ComprehensiveStrategicPartnership");
    }

    @Test
    void asOfDateReplaysEarlierLevels() {
        assertThat(partnershipLevels(graph("&depth=1&asOf=2020-01-01"), ID + "country/US"))
                .containsExactly("ComprehensivePartnership");
        assertThat(partnershipLevels(graph("&depth=1&asOf=2012-01-01"), ID + "country/US"))
                .isEmpty();
        assertThat(partnershipLevels(graph("&depth=1&asOf=2020-01-01"), ID + "country/GB"))
                .containsExactly("StrategicPartnership");
    }

    @Test
    void kindsAndTypesFilterTheView() {
        JsonNode g = graph("&depth=1&kinds=relation&types=Country");
        g.get("edges")
                .forEach(e -> assertThat(e.get("data").get("kind").asString()).isEqualTo("relation"));
        g.get("nodes")
                .forEach(n ->
                        assertThat(n.get("data").get("category").asString()).isEqualTo("Country"));
        assertThat(g.get("edges").size()).isEqualTo(45);
    }

    @Test
    void personNeighbourhoodShowsHeldPostsOrganisations() {
        HttpResponse<String> r =
                http.get("/api/graph?center=" + HttpTestClient.enc(ID + "person/pham-binh-minh") + "&depth=1");
        JsonNode g = json.readTree(r.body());
        List<String> kinds = new ArrayList<>();
        g.get("edges").forEach(e -> kinds.add(e.get("data").get("kind").asString()));
        assertThat(kinds).contains("holds");
        List<String> ids = new ArrayList<>();
        g.get("nodes").forEach(n -> ids.add(n.get("data").get("id").asString()));
        assertThat(ids).contains(ID + "org/vn-ministry-of-foreign-affairs", ID + "org/vn-government");
    }

    @Test
    void graphMlAndGexfExportsParse() throws Exception {
        for (String format : new String[] {"graphml", "gexf"}) {
            HttpResponse<String> r =
                    http.get("/api/graph?center=" + HttpTestClient.enc(ID + "country/VN") + "&format=" + format);
            assertThat(r.statusCode()).isEqualTo(200);
            var doc = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("node").getLength()).isGreaterThan(40);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/graph",
                "/api/graph?center=not%20an%20iri",
                "/api/graph?center=https://w3id.org/diplokg/id/country/VN&depth=9",
                "/api/graph?center=https://w3id.org/diplokg/id/country/VN&asOf=yesterday",
                "/api/graph?center=https://w3id.org/diplokg/id/country/VN&kinds=friendship",
                "/api/graph?center=https://w3id.org/diplokg/id/country/VN&from=2020-01-01&to=2019-01-01",
                "/api/graph?center=https://w3id.org/diplokg/id/country/VN&format=pdf"
            })
    void badParametersAre400ProblemJson(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void unknownCenterIs404() {
        assertThat(http.get("/api/graph?center=" + HttpTestClient.enc(ID + "person/nobody"))
                        .statusCode())
                .isEqualTo(404);
    }
}
