package org.diplokg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplokg.support.Canary;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Thousands of generated requests ({@link FuzzCases}: valid and mutated queries, updates, RDF documents and
 * articles) against the real server. Never a 5xx except a 503 naming a limit, never Spring's default error
 * body, a refused write (4xx or 503) changes nothing (the store's fingerprint is the same before and after),
 * the heap stays bounded, and the canary named by SERVICE, LOAD, FROM and JSON-LD contexts is never contacted.
 * Cases: {@code -Dfuzz.cases=} (default 200 in the default build; 1,000 took 732 s on a quiet 2-core machine); seed: {@code -Dfuzz.seed=} (printed, and in every failure).
 */
@TestPropertySource(properties = "diplokg.fuzz.isolated=true")
class FuzzIT extends LoopbackServer {

    /** Its own store: fuzzed writes (deep lists, odd literals) must not reach the other tests sharing a server. */
    private static final java.nio.file.Path STORE = tempDir("diplokg-fuzz-");

    @org.springframework.test.context.DynamicPropertySource
    static void store(org.springframework.test.context.DynamicPropertyRegistry registry) {
        ownEmptyStore(registry, STORE);
    }

    static final Canary CANARY = Canary.serving();

    @AfterAll
    static void stop() {
        CANARY.close();
    }

    @Test
    void generatedRequestsNeverAnswer5xxAndRefusedOnesChangeNothing() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int cases = Integer.getInteger("fuzz.cases", 200);
        System.out.println("FuzzIT seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        FuzzCases generator = new FuzzCases(seed, CANARY.url());
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> mutations = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int refusedWrites = 0;
        String fingerprint = fingerprint();
        long heapBefore = usedHeapAfterGc();
        long maxHeap = 0;
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            FuzzCases.Case c = generator.next(i);
            mutations.merge(c.kind() + "/" + c.mutation(), 1, Integer::sum);
            HttpResponse<String> r = send(c);
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() >= 500 && !(r.statusCode() == 503 && r.body().contains("limit"))) {
                failures.add(r.statusCode() + " for " + c.describe() + " -> " + head(r.body()));
            }
            if (r.body().contains("\"timestamp\"") || r.body().contains("Whitelabel")) {
                failures.add("Spring's default body for " + c.describe());
            }
            if (c.write()) {
                String now = fingerprint();
                if (r.statusCode() / 100 != 2) {
                    refusedWrites++;
                    if (!now.equals(fingerprint)) {
                        failures.add("refused (" + r.statusCode() + ") but the store changed: " + c.describe());
                    }
                }
                fingerprint = now;
            }
            if (i % 250 == 0) {
                maxHeap = Math.max(maxHeap, usedHeap());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long heapAfter = usedHeapAfterGc();
        long fiveXX = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue)
                .sum();
        System.out.printf(
                "FuzzIT: %d cases in %d s, statuses %s, 5xx %d (of which 503 limits allowed), %d refused writes,"
                        + " heap %d MB before, %d MB after, %d MB peak sampled, canary hits %d%n",
                cases,
                took.toSeconds(),
                statuses,
                fiveXX,
                refusedWrites,
                heapBefore >> 20,
                heapAfter >> 20,
                maxHeap >> 20,
                CANARY.hits());
        System.out.println("FuzzIT kinds/mutations: " + mutations);
        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(CANARY.hits())
                .as("requests that reached the canary (seed " + seed + ")")
                .isZero();
        assertThat(heapAfter - heapBefore).as("heap growth after GC").isLessThan(256L << 20);
        // the server still answers
        assertThat(http.query("ASK {}", "text/csv").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(FuzzCases.Case c) {
        HttpRequest.Builder b = http.request(c.path()).timeout(Duration.ofMinutes(2));
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        if (c.write()) {
            b.header("Authorization", "Bearer " + HttpTestClient.TOKEN);
        }
        b.method(
                c.method(),
                "GET".equals(c.method())
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        return http.send(b);
    }

    /**
     * Quad count, total term length and the smallest and largest hash of a quad over every named graph but the
     * audit trail (written just after a request ends), plus a hash of the sorted default graph.
     */
    private String fingerprint() {
        String term = "IF(isBlank(?%1$s), \"_:\", STR(?%1$s))";
        String quad = "CONCAT(STR(?g), " + term.formatted("s") + ", STR(?p), " + term.formatted("o") + ")";
        HttpResponse<String> named = http.send(http.request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) (SUM(STRLEN(" + quad
                        + ")) AS ?len) (MIN(MD5(" + quad + ")) AS ?lo) (MAX(MD5(" + quad + ")) AS ?hi)"
                        + " WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/diplokg/graph/audit>) }")));
        assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
        HttpResponse<String> dflt = http.get("/data?default", "Accept", "application/n-triples");
        assertThat(dflt.statusCode()).isIn(200, 404);
        String sorted = String.join("\n", dflt.body().lines().sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sorted.getBytes(StandardCharsets.UTF_8));
            return named.body().trim() + " default=" + HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return usedHeap();
    }

    private static String head(String body) {
        return body.substring(0, Math.min(300, body.length()));
    }
}
