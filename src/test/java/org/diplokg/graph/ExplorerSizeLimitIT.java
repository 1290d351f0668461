package org.diplokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Over the explorer's size limit the server stays up for everything else and says why the explorer is off. */
@TestPropertySource(properties = "diplokg.graph.max-quads=1000")
class ExplorerSizeLimitIT extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-explorer-limit-");
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
    }

    @Test
    void explorerAnswers503ProblemWithTheStoreSizeAndTheSetting() {
        HttpResponse<String> r = http.get(
                "/api/graph?center=" + HttpTestClient.enc("https://w3id.org/diplokg/id/country/VN") + "&depth=1");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asString()).contains("1000").contains("diplokg.graph.max-quads");
    }

    @Test
    void homePageStatisticsStillCountEntitiesByCategory() {
        HttpResponse<String> r = http.get("/api/stats");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode stats = json.readTree(r.body());
        assertThat(stats.toString()).contains("Country");
        JsonNode categories = stats.findValue("categories");
        assertThat(categories.get("Country").asLong()).isGreaterThan(100);
        assertThat(categories.get("Person").asLong()).isGreaterThan(10);
    }
}
