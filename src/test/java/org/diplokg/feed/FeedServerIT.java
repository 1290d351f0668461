package org.diplokg.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server polls its configured feeds from a loopback fixture server and reports them at {@code /api/feeds} and in the metrics. */
@DirtiesContext // its one-second poll must stop with the class, not run through the rest of the build
class FeedServerIT extends LoopbackServer {

    private static final FeedFixtureServer WEB = new FeedFixtureServer(3000);
    private static final Path STORE = tempDir("diplokg-feed-server-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
        registry.add("diplokg.feeds[0].url", () -> WEB.base() + "/atom.xml");
        registry.add("diplokg.feeds[0].interval", () -> "1s");
        registry.add("diplokg.feeds[0].max-items", () -> "10");
        registry.add("diplokg.feeds[1].url", () -> WEB.base() + "/nowhere.xml");
        registry.add("diplokg.feeds[1].interval", () -> "1h");
        registry.add("diplokg.feeds.allow-hosts", () -> "127.0.0.1");
        registry.add("diplokg.feeds.host-delay", () -> "0s");
    }

    @AfterAll
    static void stop() {
        WEB.close();
    }

    @Test
    void pollsTheConfiguredFeedsReportsThemAndCountsPerFeed() throws Exception {
        HttpTestClient client = new HttpTestClient(port);
        String polled = client.awaitBody(
                "/api/feeds",
                b -> b.contains("\"polls\":2") && b.contains("\"status\":\"failed\""),
                Duration.ofSeconds(90));
        String atom = polled.substring(polled.indexOf("{\"id\":0"), polled.indexOf("{\"id\":1"));
        assertThat(atom)
                .contains("\"status\":\"ok\"")
                .contains("\"interval\":\"PT1S\"")
                .contains("\"maxItems\":10")
                .contains("\"ingestedTotal\":2")
                .as("the second poll: the feed answered 304, nothing new")
                .contains("\"lastPoll\":{\"seen\":0,\"fetched\":0,\"ingested\":0");
        String nowhere = polled.substring(polled.indexOf("{\"id\":1"));
        assertThat(nowhere)
                .contains("\"status\":\"failed\"")
                .contains("/nowhere.xml: HTTP 404")
                .contains("\"polls\":1");

        HttpResponse<String> ask = client.query(
                "ASK { GRAPH ?g { ?a <https://schema.org/url> <" + WEB.base() + "/news/a2.html> } }", "text/csv");
        assertThat(ask.body()).contains("true");
        HttpResponse<String> secret = client.query(
                "ASK { GRAPH ?g { ?a <https://schema.org/url> <" + WEB.base() + "/private/secret.html> } }",
                "text/csv");
        assertThat(secret.body()).contains("false");

        String metrics = client.get("/actuator/prometheus").body();
        String feed = "feed=\"" + WEB.base() + "/atom.xml\"";
        assertThat(metrics)
                .containsPattern("diplokg_feed_items_total\\{" + java.util.regex.Pattern.quote(feed)
                        + ",outcome=\"ingested\"} 2\\.0")
                .containsPattern("diplokg_feed_items_total\\{" + java.util.regex.Pattern.quote(feed)
                        + ",outcome=\"skipped\"} 1\\.0")
                .contains("diplokg_feed_polls_total{feed=\"" + WEB.base() + "/nowhere.xml\",status=\"failed\"} 1.0");

        HttpResponse<String> one = client.get("/api/feeds/0");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"url\":\"" + WEB.base() + "/atom.xml\"");
        HttpResponse<String> missing = client.get("/api/feeds/7");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(missing.body()).contains("No feed 7");
        HttpResponse<String> bad = client.get("/api/feeds/first");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
