package org.diplokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.HttpTestClient;
import org.diplokg.system.ProtocolException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Limits are enforced for real: the timeout cancels, the slot is freed, rows are cut. */
@TestPropertySource(
        properties = {
            "diplokg.sparql.query-timeout=1s",
            "diplokg.sparql.max-concurrent-queries=1",
            "diplokg.sparql.queue-wait=1s",
            "diplokg.sparql.max-result-rows=5"
        })
class LimitsIT extends EmptyStoreServer {

    @Autowired
    QueryService queries;

    @Test
    void longQueryIsCancelledAt503AndFreesItsSlot() {
        StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <urn:test:big> {");
        for (int i = 0; i < 3000; i++) {
            data.append(" <urn:test:s")
                    .append(i)
                    .append("> <urn:test:p> ")
                    .append(i)
                    .append(" .");
        }
        assertThat(http.update(data.append(" } }").toString()).statusCode()).isEqualTo(204);
        double timeoutsBefore = timeouts();

        long start = System.nanoTime();
        HttpResponse<String> slow = http.query(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:test:big> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } }",
                null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(slow.body()).contains("ran longer than the limit of 1000 ms");
        assertThat(took).isLessThan(Duration.ofSeconds(10));

        // the only query slot is free again: a new query answers at once
        long again = System.nanoTime();
        HttpResponse<String> quick = http.query("ASK { }", "application/sparql-results+json");
        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofSeconds(1));
        assertThat(timeouts()).isGreaterThan(timeoutsBefore);
    }

    @Test
    void backgroundWorkWaitsForTheBusySlotWhereARequestIsTurnedAway() throws Exception {
        StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <urn:test:busy> {");
        for (int i = 0; i < 3000; i++) {
            data.append(" <urn:test:b")
                    .append(i)
                    .append("> <urn:test:p> ")
                    .append(i)
                    .append(" .");
        }
        assertThat(http.update(data.append(" } }").toString()).statusCode()).isEqualTo(204);
        Query slow = queries.parse(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:test:busy> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } }");
        Query ask = queries.parse("ASK { }");
        // the only slot, held for 3 s (its own time-out), three times the 1 s queue wait
        CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> {
            try {
                return queries.execute(slow, QueryOptions.of(Duration.ofSeconds(3), 10));
            } catch (ProtocolException e) {
                return e;
            }
        });
        Thread.sleep(300);
        assertThatThrownBy(() -> queries.execute(ask, List.of(), List.of()))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("Too many concurrent queries");
        long start = System.nanoTime();
        QueryOutcome background = queries.executeInBackground(ask, QueryOptions.of(Duration.ofSeconds(10), 10));
        assertThat(background).isEqualTo(new QueryOutcome.Ask(true));
        assertThat(holder.get(20, TimeUnit.SECONDS)).isInstanceOf(ProtocolException.class); // it ran into its time-out
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("waited for the slot")
                .isGreaterThan(Duration.ofMillis(500));
    }

    @Test
    void resultsAreCutAtTheRowLimitAndMarked() {
        http.update(
                "INSERT DATA { GRAPH <urn:test:rows> { <urn:r1> <urn:p> 1 . <urn:r2> <urn:p> 2 . <urn:r3> <urn:p> 3 . <urn:r4> <urn:p> 4 . <urn:r5> <urn:p> 5 . <urn:r6> <urn:p> 6 . <urn:r7> <urn:p> 7 } }");
        HttpResponse<String> r = http.query("SELECT ?s WHERE { GRAPH <urn:test:rows> { ?s ?p ?o } }", "text/csv");
        assertThat(r.headers().firstValue(ResultWriter.TRUNCATED_HEADER)).hasValue("true");
        assertThat(r.body().strip().split("\\R")).hasSize(1 + 5);
    }

    private double timeouts() {
        String metrics = http.get("/actuator/prometheus").body();
        return metrics.lines()
                .filter(l -> l.startsWith("diplokg_sparql_timeouts_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }

    static String token() {
        return HttpTestClient.TOKEN;
    }
}
