package org.diplokg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Eight readers and two writers against the real server for a bounded time. The writers keep two invariants:
 * a SPARQL Update moves an amount between two balances held in two graphs (their sum stays 1,000) and counts
 * each move; a Graph Store PUT replaces a graph of 20 parts that always sum to 1,000. Readers check both on
 * every read (two SELECT aggregates and a Graph Store GET). No answer may be an error, every thread must end
 * within the time-out (no deadlock), no read may see an invariant broken, and no acknowledged move may be lost.
 * Length: {@code -Dconcurrency.seconds=} (default 20); seed: {@code -Dconcurrency.seed=}.
 */
@TestPropertySource(properties = {"diplokg.sparql.max-concurrent-queries=8", "diplokg.sparql.queue-wait=30s"})
class ConcurrentReadersWritersIT extends EmptyStoreServer {

    static final int TOTAL = 1_000;
    static final int PARTS = 20;

    final AtomicLong requests = new AtomicLong();
    final AtomicLong moves = new AtomicLong();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> broken = new ConcurrentLinkedQueue<>();

    @Test
    void readersNeverSeeAWritersInvariantBrokenAndNothingFailsOrDeadlocks() throws Exception {
        long seed = Long.getLong("concurrency.seed", System.nanoTime());
        Duration length = Duration.ofSeconds(Long.getLong("concurrency.seconds", 20));
        System.out.println("ConcurrentReadersWritersIT seed " + seed);
        assertThat(http.update("INSERT DATA { GRAPH <urn:bank:a> { <urn:bank:acct> <urn:bank:balance> " + TOTAL
                                + " } GRAPH <urn:bank:b> { <urn:bank:acct> <urn:bank:balance> 0 }"
                                + " GRAPH <urn:bank:c> { <urn:bank:acct> <urn:bank:moves> 0 } }")
                        .statusCode())
                .isEqualTo(204);
        assertThat(put(new Random(seed)).statusCode()).isEqualTo(201);

        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<java.util.concurrent.Future<?>> threads = new ArrayList<>();
        threads.add(pool.submit(() -> mover(new Random(seed), end)));
        threads.add(pool.submit(() -> replacer(new Random(seed + 1), end)));
        for (int i = 0; i < 8; i++) {
            int reader = i;
            threads.add(pool.submit(() -> reader(reader, end)));
        }
        pool.shutdown();
        boolean finished = pool.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
        for (var t : threads) {
            if (t.isDone()) {
                t.get();
            }
        }
        long transfers = counter();
        System.out.printf(
                "ConcurrentReadersWritersIT: %d s, 8 readers + 2 writers, %d requests, %d errors, %d broken invariants,"
                        + " %d moves acknowledged, %d counted%n",
                length.toSeconds(), requests.get(), errors.size(), broken.size(), moves.get(), transfers);
        assertThat(finished).as("all threads ended: no deadlock").isTrue();
        assertThat(errors).as("errors").isEmpty();
        assertThat(broken).as("invariant broken").isEmpty();
        assertThat(transfers).as("every acknowledged move is counted once").isEqualTo(moves.get());
        assertThat(requests.get()).isGreaterThan(50);
    }

    /** Writer 1: moves a random amount from one balance to the other and counts the move, in one update. */
    private void mover(Random random, long end) {
        while (System.nanoTime() < end) {
            int amount = random.nextInt(101) - 50;
            HttpResponse<String> r = track(() -> http.update("""
                    DELETE { GRAPH <urn:bank:a> { <urn:bank:acct> <urn:bank:balance> ?a }
                             GRAPH <urn:bank:b> { <urn:bank:acct> <urn:bank:balance> ?b }
                             GRAPH <urn:bank:c> { <urn:bank:acct> <urn:bank:moves> ?m } }
                    INSERT { GRAPH <urn:bank:a> { <urn:bank:acct> <urn:bank:balance> ?a2 }
                             GRAPH <urn:bank:b> { <urn:bank:acct> <urn:bank:balance> ?b2 }
                             GRAPH <urn:bank:c> { <urn:bank:acct> <urn:bank:moves> ?m2 } }
                    WHERE { GRAPH <urn:bank:a> { <urn:bank:acct> <urn:bank:balance> ?a }
                            GRAPH <urn:bank:b> { <urn:bank:acct> <urn:bank:balance> ?b }
                            GRAPH <urn:bank:c> { <urn:bank:acct> <urn:bank:moves> ?m }
                            BIND(?a - %d AS ?a2) BIND(?b + %d AS ?b2) BIND(?m + 1 AS ?m2) }""".formatted(amount, amount)));
            if (r != null && r.statusCode() == 204) {
                moves.incrementAndGet();
            }
        }
    }

    /** Writer 2: replaces a graph with 20 parts summing to 1,000. */
    private void replacer(Random random, long end) {
        while (System.nanoTime() < end) {
            track(() -> put(random));
        }
    }

    private HttpResponse<String> put(Random random) {
        int[] parts = new int[PARTS];
        int left = TOTAL;
        for (int i = 0; i < PARTS - 1; i++) {
            parts[i] = random.nextInt(left / 2 + 1);
            left -= parts[i];
        }
        parts[PARTS - 1] = left;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < PARTS; i++) {
            body.append("<urn:bank:part")
                    .append(i)
                    .append("> <urn:bank:part> ")
                    .append(parts[i])
                    .append(" .\n");
        }
        return http.send(http.request("/data?graph=urn:bank:set")
                .header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private void reader(int n, long end) {
        int i = n;
        while (System.nanoTime() < end) {
            switch (i++ % 3) {
                case 0 ->
                    check(
                            "balances",
                            "SELECT (SUM(?v) AS ?sum) (COUNT(?v) AS ?n) WHERE { GRAPH ?g { <urn:bank:acct> <urn:bank:balance> ?v }"
                                    + " FILTER(?g IN (<urn:bank:a>, <urn:bank:b>)) }",
                            2);
                case 1 ->
                    check(
                            "parts",
                            "SELECT (SUM(?v) AS ?sum) (COUNT(?v) AS ?n) WHERE { GRAPH <urn:bank:set> { ?s <urn:bank:part> ?v } }",
                            PARTS);
                default -> {
                    HttpResponse<String> r = track(() -> http.get(
                            "/data?graph=" + HttpTestClient.enc("urn:bank:set"), "Accept", "application/n-triples"));
                    if (r != null && r.statusCode() == 200) {
                        long sum = 0;
                        long count = 0;
                        for (String line : r.body().lines().toList()) {
                            if (line.contains("<urn:bank:part>")) {
                                String object = line.substring(line.indexOf("<urn:bank:part> ") + 16);
                                sum += Long.parseLong(object.replaceAll("^\"?(-?\\d+).*$", "$1"));
                                count++;
                            }
                        }
                        if (sum != TOTAL || count != PARTS) {
                            broken.add("graph store GET: sum " + sum + " of " + count + " parts");
                        }
                    }
                }
            }
        }
    }

    private void check(String what, String query, int parts) {
        HttpResponse<String> r = track(() -> http.query(query, "text/csv"));
        if (r == null || r.statusCode() != 200) {
            return;
        }
        String[] row = r.body().lines().skip(1).findFirst().orElse("").split(",");
        if (row.length != 2 || Long.parseLong(row[0].trim()) != TOTAL || Long.parseLong(row[1].trim()) != parts) {
            broken.add(what + ": " + r.body().replace('\n', ' '));
        }
    }

    /** Runs a request, counting it, and records any non-2xx answer or failure as an error. */
    private HttpResponse<String> track(java.util.function.Supplier<HttpResponse<String>> request) {
        requests.incrementAndGet();
        try {
            HttpResponse<String> r = request.get();
            if (r.statusCode() / 100 != 2) {
                errors.add(r.statusCode() + " " + r.request().uri().getPath() + ": " + r.body());
            }
            return r;
        } catch (RuntimeException e) {
            errors.add(e.toString());
            return null;
        }
    }

    private long counter() {
        HttpResponse<String> r = http.query(
                "SELECT ?m WHERE { GRAPH <urn:bank:c> { <urn:bank:acct> <urn:bank:moves> ?m } }", "text/csv");
        List<String> rows = r.body().lines().skip(1).filter(l -> !l.isBlank()).toList();
        assertThat(rows).as("exactly one counter").hasSize(1);
        return Long.parseLong(rows.get(0).trim());
    }
}
