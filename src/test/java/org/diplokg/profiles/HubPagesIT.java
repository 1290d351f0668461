package org.diplokg.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hub pages on a real server over the project's data, with a zero threshold so that every page counts as slow: the
 * most linked-to country (Vietnam) is built in the background at start-up; after a write its page is served at once
 * from the last build with a notice saying so, and once the background build has caught up the page shows the written
 * fact without the notice.
 */
class HubPagesIT extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-hub-pages-");
    private static final String VN = "https://w3id.org/diplokg/id/country/VN";
    private static final String STALE = "class=\"stale\"";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
        registry.add("diplokg.profiles.hubs", () -> "3");
        registry.add("diplokg.profiles.hub-threshold", () -> "0ms");
        registry.add("diplokg.profiles.hub-interval", () -> "1s");
    }

    @Test
    void theMostLinkedCountryIsBuiltInTheBackgroundAtStartUp() throws InterruptedException {
        String status = awaitReady();
        assertThat(status).contains("\"enabled\":true").contains("\"iri\":\"" + VN + "\"");
        assertThat(status).as("the first candidate is current").contains("\"current\":true");
        HttpResponse<String> page = http.get("/id/country/VN", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1").doesNotContain(STALE);
    }

    @Test
    void afterAWriteAHubPageIsServedFromItsLastBuildSayingSoUntilTheNewBuildIsReady() throws InterruptedException {
        awaitReady();
        assertThat(http.get("/id/country/VN", "Accept", "text/html").body()).doesNotContain("Zz hub visit");
        HttpResponse<String> write = http.update("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/test-hub-write> {
                  <https://w3id.org/diplokg/id/event/zz-hub-visit> a dk:Meeting ;
                      rdfs:label "Zz hub visit"@en , "Zz hub visit"@vi ;
                      dk:date "2031-05-01"^^xsd:date ;
                      dk:participant <https://w3id.org/diplokg/id/country/VN> .
                } }""");
        assertThat(write.statusCode()).as(write.body()).isBetween(200, 299);

        // the builder waits for the version to stay the same for one interval (1 s): the last build is served now
        HttpResponse<String> stale = http.get("/id/country/VN", "Accept", "text/html");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body())
                .contains(STALE)
                .contains("from the data as it was before the latest change")
                .doesNotContain("Zz hub visit");

        awaitReady();
        String fresh = http.get("/id/country/VN", "Accept", "text/html").body();
        assertThat(fresh).doesNotContain(STALE).contains("Zz hub visit");
    }

    @Test
    void aHubGivesTheSidePanelItsSummaryToo() throws InterruptedException {
        awaitReady();
        HttpResponse<String> summary = http.get("/api/profiles/summary?iri=" + VN);
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("\"type\":\"country\"").contains("\"sections\":[{");
    }

    private String awaitReady() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String body = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> r = http.get("/api/profiles/hubs");
            assertThat(r.statusCode()).isEqualTo(200);
            body = r.body();
            if (body.contains("\"ready\":true")) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("hub pages not ready within 2 minutes: " + body);
    }
}
