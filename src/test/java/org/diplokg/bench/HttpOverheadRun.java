package org.diplokg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;

/**
 * Issue 3 measurement: the same query mix, on the same TDB2 data, run in-process through ARQ
 * (KnowledgeStore.query) and through the HTTP endpoint, 4 concurrent clients each, alternating
 * rounds in one run; reports the HTTP/in-process time ratio. Driven by {@link HttpOverheadBenchmark}
 * (project data) and {@link HttpOverheadAtScaleBenchmark} (synthetic store).
 */
final class HttpOverheadRun {

    private static final int CLIENTS = 4;
    private static final int REPS = Integer.getInteger("bench.reps", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 10);
    private static final int PER_QUERY_RUNS = Integer.getInteger("bench.perQueryRuns", 50);

    private final int port;
    private final KnowledgeStore store;
    private final org.diplokg.query.LibraryQueryService library;
    private final String dataDescription;
    private final String reportName;
    private final ReplayController replay;
    private final org.diplokg.sparql.QueryService endpointQueries;
    private final org.diplokg.sparql.ResultWriter endpointWriter;

    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final java.util.concurrent.atomic.LongAdder clientCpu = new java.util.concurrent.atomic.LongAdder();

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** @param context the running server's application context (the benchmark imports {@link ReplayController} into it) */
    HttpOverheadRun(
            int port,
            org.springframework.context.ApplicationContext context,
            String dataDescription,
            String reportName) {
        this.port = port;
        this.store = context.getBean(KnowledgeStore.class);
        this.library = context.getBean(org.diplokg.query.LibraryQueryService.class);
        this.replay = context.getBean(ReplayController.class);
        this.endpointQueries = context.getBean(org.diplokg.sparql.QueryService.class);
        this.endpointWriter = context.getBean(org.diplokg.sparql.ResultWriter.class);
        this.dataDescription = dataDescription;
        this.reportName = reportName;
    }

    /** The endpoint's own work for one request, without HTTP: parse and guard, limits and metrics, the answer written and discarded. */
    private void throughPipeline(String text) {
        org.apache.jena.query.Query q = endpointQueries.parse(text);
        var format = q.isConstructType() || q.isDescribeType()
                ? org.diplokg.sparql.ResultFormat.TURTLE
                : org.diplokg.sparql.ResultFormat.SPARQL_JSON;
        endpointWriter.write(
                endpointQueries.execute(q, List.of(), List.of()), format, java.io.OutputStream.nullOutputStream());
    }

    void measure() throws Exception {
        List<String> texts = mix(library);
        QueryOptions options = QueryOptions.of(Duration.ofSeconds(30), 50_000);

        Runnable inProcess = () -> texts.forEach(t -> store.query(QueryFactory.create(t), options));
        List<Request> prepared = texts.stream().map(this::request).toList();
        Runnable overHttp = () -> prepared.forEach(this::httpGet);
        Runnable overJdkClient = () -> prepared.forEach(this::httpGetJdkClient);
        java.util.Map<String, TransportFloor.Answer> answers = record(prepared);
        replay.replay(answers);
        try (TransportFloor floor = new TransportFloor(answers)) {
            List<Request> atFloor =
                    prepared.stream().map(r -> r.to(floor.port(), "/sparql")).toList();
            List<Request> atSpring = prepared.stream()
                    .map(r -> r.to(port, ReplayController.PATH))
                    .toList();
            Runnable overFloor = () -> atFloor.forEach(this::httpGet);
            Runnable overSpring = () -> atSpring.forEach(this::httpGet);
            Runnable pipeline = () -> texts.forEach(this::throughPipeline);
            ExecutorService workers = Executors.newCachedThreadPool();
            try {
                // the pipeline again, but each request handed to a worker thread while the client thread waits, as over
                // HTTP
                Runnable handedOff = () -> texts.forEach(t -> {
                    try {
                        workers.submit(() -> throughPipeline(t)).get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                measure(
                        texts,
                        options,
                        prepared,
                        List.of(inProcess, overHttp, overJdkClient, overFloor, overSpring, pipeline, handedOff));
            } finally {
                workers.shutdown();
            }
        }
    }

    private void measure(List<String> texts, QueryOptions options, List<Request> prepared, List<Runnable> paths)
            throws Exception {
        for (int i = 0; i < WARMUPS; i++) { // warm-up all paths
            for (Runnable p : paths) {
                run(p);
            }
        }
        StringBuilder perQuery = new StringBuilder("\n| query | in-process (ms) | HTTP (ms) |\n|---|---|---|\n");
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            long a = System.nanoTime();
            for (int k = 0; k < PER_QUERY_RUNS; k++) {
                store.query(QueryFactory.create(t), options);
            }
            long b = System.nanoTime();
            for (int k = 0; k < PER_QUERY_RUNS; k++) {
                httpGet(prepared.get(i));
            }
            long c = System.nanoTime();
            perQuery.append(String.format(
                    "| %d | %.3f | %.3f |%n",
                    i + 1, (b - a) / (PER_QUERY_RUNS * 1e6), (c - b) / (PER_QUERY_RUNS * 1e6)));
        }
        List<Long> local = new ArrayList<>();
        List<Long> remote = new ArrayList<>();
        List<Long> jdk = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        List<Long> spring = new ArrayList<>();
        List<Long> piped = new ArrayList<>();
        List<Long> handed = new ArrayList<>();
        List<List<Long>> times = List.of(local, remote, jdk, bare, spring, piped, handed);
        List<List<Long>> cpu = new ArrayList<>();
        List<List<Long>> sys = new ArrayList<>(); // kernel CPU time of this process per round, in clock ticks
        times.forEach(t -> {
            cpu.add(new ArrayList<>());
            sys.add(new ArrayList<>());
        });
        List<Long> httpClientCpu = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) { // each round starts with the next path, so no path always runs first
            for (int k = 0; k < paths.size(); k++) {
                int p = (r + k) % paths.size();
                long cpuBefore = processCpuNanos();
                long sysBefore = kernelTicks();
                times.get(p).add(run(paths.get(p)));
                cpu.get(p).add(processCpuNanos() - cpuBefore);
                sys.get(p).add(kernelTicks() - sysBefore);
                if (p == 1) {
                    httpClientCpu.add(clientCpu.sum());
                }
            }
        }
        long l = median(local);
        long h = median(remote);
        long j = median(jdk);
        long f = median(bare);
        long sp = median(spring);
        long pp = median(piped);
        long ho = median(handed);
        double ratio = (double) h / l;
        int requests = CLIENTS * REPS * texts.size();
        List<Object> args = new ArrayList<>(List.of(
                texts.size(),
                CLIENTS,
                REPS,
                requests,
                ROUNDS,
                dataDescription,
                store.size(),
                l / 1e6,
                l / 1e6 / requests * CLIENTS,
                h / 1e6,
                h / 1e6 / requests * CLIENTS,
                j / 1e6,
                j / 1e6 / requests * CLIENTS,
                ratio,
                (ratio - 1) * 100,
                (double) j / l,
                ms(local),
                ms(remote),
                ms(jdk),
                median(cpu.get(0)) / 1e6,
                median(cpu.get(1)) / 1e6,
                median(cpu.get(2)) / 1e6,
                (double) median(cpu.get(1)) / median(cpu.get(0)),
                (median(cpu.get(1)) - median(cpu.get(0))) / 1e6 / requests,
                median(httpClientCpu) / 1e6 / requests,
                median(httpClientCpu) / 1e6));
        args.addAll(floorFigures(f, 3, l, cpu, requests));
        args.add(ms(bare));
        args.addAll(floorFigures(sp, 4, l, cpu, requests));
        args.add(ms(spring));
        args.addAll(List.of(
                pp / 1e6,
                (double) pp / l,
                (double) median(cpu.get(5)) / median(cpu.get(0)),
                (median(cpu.get(5)) - median(cpu.get(0))) / 1e6 / requests,
                ms(piped),
                ho / 1e6,
                (double) ho / l,
                (double) median(cpu.get(6)) / median(cpu.get(0)),
                (median(cpu.get(6)) - median(cpu.get(0))) / 1e6 / requests,
                ms(handed)));
        String report = String.format("""
                # HTTP overhead benchmark (issue 3)

                Query mix: %d queries (the sparql/ library with default parameters, plus src/test/resources/bench/mix), %d clients x %d repetitions = %d executions per round,
                %d rounds, each running every path in turn and starting with the next path; median round time. Data: %s in a TDB2 store (%,d quads).

                | path | median round (ms) | mean per query (ms) |
                |---|---|---|
                | in-process (KnowledgeStore.query via ARQ) | %.1f | %.3f |
                | HTTP /sparql (JSON/Turtle results, HttpURLConnection client) | %.1f | %.3f |
                | HTTP /sparql (same, java.net.http client) | %.1f | %.3f |

                Ratio HTTP / in-process: **%.3f** (HTTP adds %.1f%%); with the java.net.http client: %.3f.
                All rounds in-process: %s ms; HTTP: %s ms; java.net.http: %s ms.

                CPU time of this JVM (server and clients together; less sensitive to other processes than wall time),
                median per round: in-process %.1f ms, HTTP %.1f ms, java.net.http %.1f ms; ratio HTTP / in-process **%.3f**,
                i.e. %.3f ms CPU per request more than in-process, of which the HttpURLConnection client threads
                account for %.3f ms per request (their CPU time per round, median %.1f ms).

                Transport floor: the same requests and HttpURLConnection clients against a bare embedded Tomcat servlet that
                replays DiploKG's recorded answers (same bytes and content types, no query work, no Spring): median round %.1f ms
                (%.3f ms per request), CPU %.1f ms per round (%.3f ms per request). So even a server whose own work cost nothing
                would reach HTTP / in-process **%.3f** on wall time (%.3f on CPU) with this mix, client and machine; DiploKG's own
                layers (Spring MVC, filters, limits, metrics, access log, answer writing) add %.3f ms CPU per request above that floor.
                All floor rounds: %s ms.

                Spring floor: the same replay inside DiploKG's application context (`ReplayController`: Tomcat, Spring MVC, the
                application's filters, observation and access log; no query work): median round %.1f ms (%.3f ms per request),
                CPU %.1f ms per round (%.3f ms per request); HTTP / in-process for a server that did only this: **%.3f** wall,
                %.3f CPU. Above the Spring floor, DiploKG's SPARQL endpoint (negotiation, the guard, limits, metrics, answer
                writing; parsing and execution are in the in-process path too) adds %.3f ms CPU per request.
                All Spring-floor rounds: %s ms.

                Endpoint pipeline without HTTP (the client threads call the endpoint's own steps: parse with the security guard,
                the concurrency limit and metrics, execution, the answer written to a discarding stream): median round %.1f ms,
                ratio to in-process **%.3f** wall, %.3f CPU (%.3f ms CPU per request more than in-process).
                All pipeline rounds: %s ms.

                The same pipeline handed to a worker thread per request while the client thread waits (no sockets, no
                Tomcat): median round %.1f ms, ratio to in-process **%.3f** wall, %.3f CPU (%.3f ms CPU per request more).
                All hand-off rounds: %s ms.
                """, args.toArray());
        report = report
                + String.format(
                        "%nKernel CPU time of this process (system calls, scheduling) per median round, from /proc/self/stat: in-process %d ticks,"
                                + " HTTP %d, java.net.http %d, transport floor %d, Spring floor %d, pipeline %d, hand-off %d (1 tick = 10 ms).%n",
                        median(sys.get(0)),
                        median(sys.get(1)),
                        median(sys.get(2)),
                        median(sys.get(3)),
                        median(sys.get(4)),
                        median(sys.get(5)),
                        median(sys.get(6)));
        report = report + "\nSingle client, per query, mean of " + PER_QUERY_RUNS + " sequential runs:\n" + perQuery;
        System.out.println(report);
        Path out = Path.of("target/bench/" + reportName + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private long run(Runnable perClientRep) throws Exception {
        clientCpu.reset();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(pool.submit(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < REPS; i++) {
                        perClientRep.run();
                    }
                    clientCpu.add(threads.getCurrentThreadCpuTime() - cpu);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdown();
        }
    }

    /** A mix query as the HTTP clients send it, prepared once so the clients do not parse or encode per request. */
    private record Request(URI uri, String accept) {

        /** The same query string and {@code Accept} sent to another port and path on the loopback interface. */
        Request to(int otherPort, String path) {
            return new Request(URI.create("http://127.0.0.1:" + otherPort + path + "?" + uri.getRawQuery()), accept);
        }
    }

    /** DiploKG's answer to each request, as the transport floor replays it. */
    private static java.util.Map<String, TransportFloor.Answer> record(List<Request> requests) throws IOException {
        java.util.Map<String, TransportFloor.Answer> answers = new java.util.HashMap<>();
        for (Request r : requests) {
            HttpURLConnection c = (HttpURLConnection) r.uri().toURL().openConnection();
            c.setRequestProperty("Accept", r.accept());
            if (c.getResponseCode() != 200) {
                throw new IllegalStateException("HTTP " + c.getResponseCode() + " for " + r.uri());
            }
            try (InputStream in = c.getInputStream()) {
                answers.put(r.uri().getRawQuery(), new TransportFloor.Answer(c.getContentType(), in.readAllBytes()));
            }
        }
        return answers;
    }

    private Request request(String query) {
        String accept =
                QueryFactory.create(query).isConstructType() ? "text/turtle" : "application/sparql-results+json";
        return new Request(
                URI.create("http://127.0.0.1:" + port + "/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                accept);
    }

    /** One request through HttpURLConnection: blocking, keep-alive, little client-side work. */
    private void httpGet(Request r) {
        try {
            HttpURLConnection c = (HttpURLConnection) r.uri().toURL().openConnection();
            c.setRequestProperty("Accept", r.accept());
            int status = c.getResponseCode();
            try (InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
                byte[] body = in.readAllBytes();
                if (status != 200) {
                    throw new IllegalStateException("HTTP " + status + ": " + new String(body, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same request through java.net.http, whose asynchronous machinery costs more client CPU per request. */
    private void httpGetJdkClient(Request request) {
        HttpRequest req = HttpRequest.newBuilder(request.uri())
                .header("Accept", request.accept())
                .build();
        try {
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(
                        "HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This process's kernel CPU time in clock ticks (field 15 of /proc/self/stat), or 0 where there is no /proc. */
    private static long kernelTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[12]); // field 15 overall; fields after the command name start at field 3
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<String> ms(List<Long> nanos) {
        return nanos.stream().map(x -> String.format("%.0f", x / 1e6)).toList();
    }

    /**
     * What the report says of a floor (a server replaying recorded answers without query work), the same for the
     * transport and the Spring floor: its round in ms (total and per request), its CPU per round and per request,
     * HTTP / in-process for a server doing only that (wall and CPU), and DiploKG's CPU per request above it.
     */
    private static List<Object> floorFigures(long floor, int path, long l, List<List<Long>> cpu, int requests) {
        return List.of(
                floor / 1e6,
                floor / 1e6 / requests * CLIENTS,
                median(cpu.get(path)) / 1e6,
                median(cpu.get(path)) / 1e6 / requests,
                (double) (l + floor) / l,
                (double) (median(cpu.get(0)) + median(cpu.get(path))) / median(cpu.get(0)),
                (median(cpu.get(1)) - median(cpu.get(0)) - median(cpu.get(path))) / 1e6 / requests);
    }

    private static long median(List<Long> xs) {
        List<Long> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The analyst library with default parameters, plus the ad-hoc mix under src/test/resources/bench/mix. */
    private static List<String> mix(org.diplokg.query.LibraryQueryService library) throws IOException {
        List<String> texts = new ArrayList<>();
        for (var q : library.library().all()) {
            texts.add(org.diplokg.store.SparqlFiles.bind(q.query(), library.bind(q, java.util.Map.of()))
                    .serialize());
        }
        texts.addAll(adHoc());
        return texts;
    }

    private static List<String> adHoc() throws IOException {
        Path dir = Path.of("src/test/resources/bench/mix");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted()
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }
}
