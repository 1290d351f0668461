package org.diplokg.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code /sparql} with the result cache on, over HTTP: a repeated query is answered without running, a write
 * is seen by the next query, and an answer over {@code max-answer-rows} arrives whole every time without being
 * kept.
 */
@TestPropertySource(properties = {"diplokg.sparql.cache.enabled=true", "diplokg.sparql.cache.max-answer-rows=100"})
class ResultCacheIT extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-cache-");

    @Autowired
    MeterRegistry meters;

    @Autowired
    ResultCache cache;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        ownEmptyStore(registry, STORE);
    }

    private long queriesRun() {
        return meters.find("diplokg.sparql.query").timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }

    private String csv(String query) {
        HttpResponse<String> answer = http.query(query, "text/csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void aRepeatedQueryIsNotRunAgainUntilAWrite() {
        assertThat(http.update("INSERT DATA { GRAPH <urn:cache:g> { <urn:cache:a> a <urn:cache:T> } }")
                        .statusCode())
                .isEqualTo(204);
        String query = "SELECT ?s WHERE { ?s a <urn:cache:T> } ORDER BY ?s";
        assertThat(csv(query)).isEqualTo("s\r\nurn:cache:a\r\n");
        long run = queriesRun();
        assertThat(csv("SELECT  ?s\nWHERE { ?s a <urn:cache:T> . } # same query\nORDER BY ?s"))
                .isEqualTo("s\r\nurn:cache:a\r\n");
        assertThat(queriesRun()).isEqualTo(run);

        assertThat(http.update("INSERT DATA { GRAPH <urn:cache:g> { <urn:cache:b> a <urn:cache:T> } }")
                        .statusCode())
                .isEqualTo(204);
        assertThat(csv(query)).isEqualTo("s\r\nurn:cache:a\r\nurn:cache:b\r\n");
        assertThat(queriesRun()).isEqualTo(run + 1);
    }

    @Test
    void anAnswerOverTheBoundArrivesWholeEachTimeAndIsNotKept() {
        StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <urn:cache:big> {");
        for (int i = 0; i < 300; i++) {
            insert.append(" <urn:cache:n")
                    .append(i)
                    .append("> <urn:cache:p> ")
                    .append(i)
                    .append(" .");
        }
        assertThat(http.update(insert.append(" } }").toString()).statusCode()).isEqualTo(204);
        String query = "SELECT ?s ?v WHERE { GRAPH <urn:cache:big> { ?s <urn:cache:p> ?v } } ORDER BY ?v";
        String first = csv(query);
        assertThat(first.split("\r\n")).hasSize(301).startsWith("s,v", "urn:cache:n0,0");
        long run = queriesRun();
        assertThat(csv(query)).isEqualTo(first);
        assertThat(queriesRun()).isEqualTo(run + 1);
        assertThat(cache.size()).isLessThanOrEqualTo(1);
    }
}
