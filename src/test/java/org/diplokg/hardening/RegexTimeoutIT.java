package org.diplokg.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.diplokg.support.EmptyStoreServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A catastrophically backtracking REGEX is cancelled by the query time-out, and its worker is free again. */
@TestPropertySource(
        properties = {
            "diplokg.sparql.query-timeout=2s",
            "diplokg.sparql.max-concurrent-queries=1",
            "diplokg.sparql.queue-wait=1s"
        })
class RegexTimeoutIT extends EmptyStoreServer {

    /** Exponential in java.util.regex even on JDK 25 (which defuses the textbook {@code ^(a+)+$}): seconds become hours. */
    static final String CATASTROPHIC =
            "SELECT ?m WHERE { VALUES ?t { \"" + "a".repeat(40) + "b\" } BIND(REGEX(?t, \"(.*a){25}$\") AS ?m) }";

    @Test
    void aBacktrackingRegexIsCancelledAtTheTimeoutAndFreesItsSlot() {
        long start = System.nanoTime();
        HttpResponse<String> r = http.query(CATASTROPHIC, "text/csv");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.body()).contains("ran longer than the limit of 2000 ms");
        assertThat(took).isLessThan(Duration.ofSeconds(5));

        // the only query slot is free: a new query answers at once
        long again = System.nanoTime();
        assertThat(http.query("ASK { }", "application/sparql-results+json").statusCode())
                .isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void replaceWithABacktrackingPatternIsCancelledToo() {
        long start = System.nanoTime();
        HttpResponse<String> r =
                http.query(CATASTROPHIC.replace("REGEX(", "REPLACE(").replace("$\")", "$\", \"x\")"), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aBacktrackingRegexInAnUpdatesWhereIsCancelledAtTheTimeoutAndChangesNothing() {
        String graph = "<urn:test:regex-update>";
        assertThat(http.update("INSERT DATA { GRAPH " + graph + " { <urn:a> <urn:b> \"" + "a".repeat(40) + "b\" } }")
                        .statusCode())
                .isEqualTo(204);
        long start = System.nanoTime();
        HttpResponse<String> r = http.update("DELETE { GRAPH " + graph + " { ?s ?p ?o } } WHERE { GRAPH " + graph
                + " { ?s ?p ?o FILTER regex(?o, \"(.*a){25}$\") } }");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.body()).contains("Update cancelled: it ran longer than the limit of 2000 ms");
        assertThat(took).isLessThan(Duration.ofSeconds(6));
        HostileInputIT.assertNotSpringDefault(r);

        // nothing was deleted, and the write lock is free again: the next update applies at once
        assertThat(http.query("ASK { GRAPH " + graph + " { ?s ?p ?o } }", "text/csv")
                        .body())
                .contains("true");
        long again = System.nanoTime();
        assertThat(http.update("DELETE WHERE { GRAPH " + graph + " { ?s ?p ?o } }")
                        .statusCode())
                .isEqualTo(204);
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofSeconds(2));
        assertThat(http.query("ASK { GRAPH " + graph + " { ?s ?p ?o } }", "text/csv")
                        .body())
                .contains("false");
    }

    @Test
    void ordinaryRegexStillMatches() {
        HttpResponse<String> r = http.query(
                "SELECT ?m ?r WHERE { BIND(REGEX(\"Hà Nội\", \"^hà\", \"i\") AS ?m) BIND(REPLACE(\"abcabc\", \"b\", \"X\") AS ?r) }",
                "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true").contains("aXcaXc");
    }
}
