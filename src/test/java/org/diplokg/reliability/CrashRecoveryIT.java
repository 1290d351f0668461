package org.diplokg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.JarProcess;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of the packaged server while it is writing (a 100,000-triple INSERT DATA, a Graph Store PUT of 50,000
 * triples, an article ingestion and a stream of small updates, all at once), at a different point in each round
 * (while the requests are being read, mid-way, just after the answers), and of a separate {@code load} process
 * (mid-parse and around its commit). After each kill the store is reopened by a new server, which must show every
 * write that was acknowledged (a 2xx received) in full, no write in part (each write's graph holds all of its
 * triples or none), and take the next write. Seed: {@code -Dcrash.seed=}.
 */
class CrashRecoveryIT {

    static final String TOKEN = "crash-token";
    static final int INSERT_TRIPLES = 100_000;
    static final int PUT_TRIPLES = 50_000;
    static final int SMALL_TRIPLES = 50;
    static final int LOAD_TRIPLES = 200_000;
    static final Duration STARTUP = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    /** Every write sent: its graph and the number of triples it holds when whole. */
    final Map<String, Long> expected = new ConcurrentHashMap<>();
    /** The graphs whose write was acknowledged. */
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    int killPoints;
    int partial;
    int lost;

    @Test
    void afterSigkillAtAnyPointEveryAcknowledgedWriteIsWholeAndNoWriteIsPartial() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("CrashRecoveryIT seed " + seed + " (rerun with -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path store = dir.resolve("tdb");
        // the project's data (countries, organisations) so that an article's facts validate
        Path data = ProjectPaths.project().resolve("data");
        Path bulk = ntriples(dir.resolve("bulk.nt"), LOAD_TRIPLES);
        long started = System.nanoTime();
        int rounds = 3;
        for (int round = 0; round < rounds; round++) {
            try (JarProcess server = serve(store, data, "serve-" + round)) {
                HttpTestClient http = server.http();
                verify(http, "before round " + round, seed);
                nextWriteWorks(http, "urn:crash:" + round + ":first");
                writeAndKill(server, round, random);
            }
            if (round < 2) {
                loadAndKill(store, round, random);
            }
        }
        try (JarProcess server = serve(store, data, "serve-final")) {
            verify(server.http(), "at the end", seed);
            nextWriteWorks(server.http(), "urn:crash:last");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "CrashRecoveryIT: %d kill points, %d writes (%d acknowledged), %d partial, %d lost, %d s%n",
                killPoints, expected.size(), acknowledged.size(), partial, lost, took.toSeconds());
        assertThat(partial).isZero();
        assertThat(lost).isZero();
    }

    // ---- one round: several writes in flight, SIGKILL at a point chosen by the round

    private void writeAndKill(JarProcess server, int round, Random random) throws Exception {
        HttpTestClient http = server.http();
        String article = articleGraphOfKnownSize(http, round);

        String insert = "urn:crash:" + round + ":insert";
        String put = "urn:crash:" + round + ":put";
        AtomicBoolean killed = new AtomicBoolean();
        List<CompletableFuture<?>> big = new ArrayList<>();
        big.add(CompletableFuture.runAsync(() -> send(http, insert, INSERT_TRIPLES, update(http, insert))));
        big.add(CompletableFuture.runAsync(() -> send(http, put, PUT_TRIPLES, graphPut(http, put))));
        big.add(CompletableFuture.runAsync(
                () -> send(http, article, expected.get(article), ingest(http, seedArticle(round)))));
        CompletableFuture<?> small = CompletableFuture.runAsync(() -> {
            for (int i = 0; !killed.get() && i < 10_000; i++) {
                String g = "urn:crash:" + round + ":small:" + i;
                send(http, g, SMALL_TRIPLES, smallUpdate(http, g));
            }
        });

        long delay;
        if (round == 0) {
            delay = random.nextInt(500); // while the large bodies are still being read and parsed
        } else if (round == 1) {
            delay = 1_000 + random.nextInt(4_000); // mid-way: some applied, some not
        } else {
            CompletableFuture.allOf(big.toArray(CompletableFuture[]::new))
                    .get(5, java.util.concurrent.TimeUnit.MINUTES);
            delay = random.nextInt(100); // just after the answers, before anything flushed by a clean stop
        }
        Thread.sleep(delay);
        server.kill();
        killed.set(true);
        killPoints++;
        System.out.printf("round %d: SIGKILL after %d ms; acknowledged so far %d%n", round, delay, acknowledged.size());
        CompletableFuture.allOf(big.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .get(2, java.util.concurrent.TimeUnit.MINUTES);
        small.exceptionally(e -> null).get(2, java.util.concurrent.TimeUnit.MINUTES);
    }

    /**
     * Ingests the round's article once to learn how many triples its graph holds, then deletes that graph: the
     * ingestion sent during the round writes the same graph again, so "whole" has a known size.
     */
    private String articleGraphOfKnownSize(HttpTestClient http, int round) {
        HttpResponse<String> first = ingest(http, seedArticle(round)).get();
        assertThat(first.statusCode()).as(first.body()).isIn(200, 201);
        String graph = first.body().replaceAll("(?s).*\"graph\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        long size = counts(http).getOrDefault(graph, 0L);
        assertThat(size).as("article graph " + graph).isPositive();
        HttpResponse<String> drop = http.send(http.request("/data?graph=" + HttpTestClient.enc(graph))
                .header("Authorization", "Bearer " + TOKEN)
                .DELETE());
        assertThat(drop.statusCode()).isIn(200, 204);
        expected.put(graph, size);
        return graph;
    }

    // ---- the bulk load command, killed mid-parse and around its commit

    private void loadAndKill(Path store, int n, Random random) throws Exception {
        String graph = "urn:crash:load:" + n;
        expected.put(graph, (long) LOAD_TRIPLES);
        Path log = dir.resolve("load-" + n + ".log");
        try (JarProcess load = JarProcess.start(
                log,
                null,
                List.of(
                        "load",
                        "--store",
                        store.toString(),
                        "--graph",
                        graph,
                        bulkFile().toString()))) {
            // round 0: after the first 100,000 quads are read; round 1: once all are read (validation, commit)
            String mark = n == 0 ? "100,000 quads" : LOAD_TRIPLES / 1000 + ",000 quads";
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (!load.logText().contains(mark) && load.process().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long delay = n == 0 ? random.nextInt(300) : random.nextInt(3_000);
            Thread.sleep(delay);
            if (!load.process().isAlive()) {
                assertThat(load.process().exitValue()).as(load.tail()).isZero();
                acknowledged.add(graph);
                System.out.printf("load %d: finished before the kill (%d ms after '%s')%n", n, delay, mark);
            } else {
                load.kill();
                killPoints++;
                System.out.printf("load %d: SIGKILL %d ms after '%s'%n", n, delay, mark);
            }
        }
    }

    private Path bulkFile() {
        return dir.resolve("bulk.nt");
    }

    // ---- checks

    private void verify(HttpTestClient http, String when, long seed) {
        Map<String, Long> counts = counts(http);
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            long n = counts.getOrDefault(e.getKey(), 0L);
            if (acknowledged.contains(e.getKey()) && n != e.getValue()) {
                lost++;
                System.out.printf("LOST %s: %d of %d triples %s (seed %d)%n", e.getKey(), n, e.getValue(), when, seed);
            } else if (n != 0 && n != e.getValue()) {
                partial++;
                System.out.printf(
                        "PARTIAL %s: %d of %d triples %s (seed %d)%n", e.getKey(), n, e.getValue(), when, seed);
            }
        }
        assertThat(lost)
                .as("acknowledged writes missing " + when + " (seed " + seed + ")")
                .isZero();
        assertThat(partial)
                .as("writes visible in part " + when + " (seed " + seed + ")")
                .isZero();
    }

    private void nextWriteWorks(HttpTestClient http, String graph) {
        HttpResponse<String> r = smallUpdate(http, graph).get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        assertThat(counts(http).get(graph)).isEqualTo(SMALL_TRIPLES);
    }

    static Map<String, Long> counts(HttpTestClient http) {
        HttpResponse<String> r = http.send(http.request("/sparql")
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Map<String, Long> out = new java.util.HashMap<>();
        r.body().lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
            int comma = l.lastIndexOf(',');
            out.put(l.substring(0, comma), Long.parseLong(l.substring(comma + 1).trim()));
        });
        return out;
    }

    // ---- writes

    /** Sends a write, registering its graph's full size first and the graph as acknowledged on a 2xx. */
    private void send(
            HttpTestClient http, String graph, long triples, java.util.function.Supplier<HttpResponse<String>> w) {
        expected.put(graph, triples);
        try {
            HttpResponse<String> r = w.get();
            if (r.statusCode() / 100 == 2) {
                acknowledged.add(graph);
            }
        } catch (RuntimeException e) {
            // the server died while the request was open: not acknowledged
        }
    }

    /** INSERT DATA of {@code triples} numbered triples with the given predicate into the graph. */
    private static java.util.function.Supplier<HttpResponse<String>> insertData(
            HttpTestClient http, String graph, int triples, String predicate) {
        return write(
                http,
                "POST",
                "/update",
                "application/sparql-update",
                "INSERT DATA { GRAPH <" + graph + "> {\n" + lines(triples, predicate) + "} }");
    }

    private static java.util.function.Supplier<HttpResponse<String>> update(HttpTestClient http, String graph) {
        return insertData(http, graph, INSERT_TRIPLES, "urn:p:v");
    }

    private static java.util.function.Supplier<HttpResponse<String>> smallUpdate(HttpTestClient http, String graph) {
        return insertData(http, graph, SMALL_TRIPLES, "urn:p:small");
    }

    private static java.util.function.Supplier<HttpResponse<String>> graphPut(HttpTestClient http, String graph) {
        return write(
                http,
                "PUT",
                "/data?graph=" + HttpTestClient.enc(graph),
                "application/n-triples",
                lines(PUT_TRIPLES, "urn:p:put"));
    }

    private static java.util.function.Supplier<HttpResponse<String>> ingest(HttpTestClient http, String text) {
        return write(http, "POST", "/api/articles", "text/plain; charset=UTF-8", text);
    }

    private static java.util.function.Supplier<HttpResponse<String>> write(
            HttpTestClient http, String method, String path, String type, String body) {
        return () -> http.send(http.request(path)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", type)
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** {@code <urn:s:i> <predicate> "i" .} for i below n: one line a triple (N-Triples, and TriG inside a graph). */
    static String lines(int n, String predicate) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<urn:s:")
                    .append(i)
                    .append("> <")
                    .append(predicate)
                    .append("> \"")
                    .append(i)
                    .append("\" .\n");
        }
        return b.toString();
    }

    /** One of the five seed articles, read from ../shared/seeds at test time. */
    private static String seedArticle(int round) {
        try (var files = Files.list(ProjectPaths.seeds())) {
            List<Path> seeds =
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            return Files.readString(seeds.get(round % seeds.size()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JarProcess serve(Path store, Path data, String name) {
        return JarProcess.serve(store, data, dir.resolve(name + ".log"), TOKEN, STARTUP);
    }

    private static Path ntriples(Path file, int triples) throws IOException {
        return Files.writeString(file, lines(triples, "urn:p:load"), StandardCharsets.UTF_8);
    }
}
