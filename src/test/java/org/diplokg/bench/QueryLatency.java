package org.diplokg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplokg.DiploKgApplication;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.query.LibraryQuery;
import org.diplokg.query.LibraryQueryService;
import org.diplokg.query.QueryLibrary;
import org.diplokg.query.QueryProperties;
import org.diplokg.sparql.QueryService;
import org.diplokg.sparql.SparqlProperties;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOutcome;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 7 benchmark: every library query with its default parameters through
 * {@link LibraryQueryService#run} — the code path of {@code GET /api/queries/{name}} — on either the
 * project's {@code data/} (fresh store, loaded and validated at start-up) or a prebuilt store (see
 * {@link ScaleStore}). "Cold" runs use a new {@link LibraryQueryService} each time, so the result
 * cache is empty and the query executes against TDB2 (JVM and OS caches warm after one warm-up
 * run); "cached" runs repeat the call on one service instance. Writes {@code target/bench/NAME.md}.
 *
 * <p>{@code java ... org.diplokg.bench.QueryLatency PROJECT_DIR project|STORE_DIR REPORT_NAME [BUDGET_SECONDS [QUERY_TIMEOUT [ONLY_QUERY [PARAMS]]]]}
 * — PARAMS like a query string ({@code from=2024-01-01&to=2024-12-31&limit=100}), several separated by {@code ;};
 * default: the query's defaults and the default page.
 */
public final class QueryLatency {

    private static final int MAX_COLD = 40;
    private static final int MIN_COLD = 3;
    private static final int CACHED = 500;
    private static final boolean PRECOMPUTE = !"false".equals(System.getenv("DIPLOKG_BENCH_PRECOMPUTE"));

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        String target = args[1];
        String reportName = args[2];
        double budget = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        String timeout = args.length > 4 ? args[4] : "300s";
        String only = args.length > 5 ? args[5] : "";
        // optional request parameters for ONLY_QUERY, as in a query string: from=2024-01-01&to=2024-12-31&limit=100
        // several parameter sets separated by ';' run one after the other in the same JVM
        List<String> paramTexts = args.length > 6 ? List.of(args[6].split(";")) : List.of("");
        List<Map<String, String>> paramSets = new ArrayList<>();
        for (String text : paramTexts) {
            Map<String, String> params = new java.util.LinkedHashMap<>();
            for (String kv : text.isEmpty() ? new String[0] : text.split("&")) {
                int eq = kv.indexOf('=');
                params.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            paramSets.add(params);
        }
        boolean projectData = target.equals("project");
        Path store = projectData
                ? Files.createTempDirectory("diplokg-bench-queries-")
                : Path.of(target).resolve("tdb2");
        SpringApplication app = new SpringApplication(DiploKgApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        long bootStart = System.nanoTime();
        try (ConfigurableApplicationContext ctx = app.run(
                "--diplokg.store.location=" + store,
                "--diplokg.data.directory=" + project.resolve("data"),
                "--diplokg.data.load-on-empty=" + projectData,
                "--diplokg.sparql.query-timeout=" + timeout,
                "--diplokg.queries.precompute=" + PRECOMPUTE,
                "--diplokg.graph.warm-up=false", // the explorer's start-up read is not what this measures
                "--diplokg.profiles.hubs=0",
                "--logging.level.root=WARN",
                "--logging.level.org.diplokg=WARN")) {
            double bootSeconds = (System.nanoTime() - bootStart) / 1e9;
            QueryLibrary library = ctx.getBean(QueryLibrary.class);
            QueryService queries = ctx.getBean(QueryService.class);
            KnowledgeStore kstore = ctx.getBean(KnowledgeStore.class);
            IriPolicy iris = ctx.getBean(IriPolicy.class);
            QueryProperties paging = ctx.getBean(QueryProperties.class);
            SparqlProperties limits = ctx.getBean(SparqlProperties.class);
            org.diplokg.query.PrecomputedAnswers precomputed = ctx.getBean(org.diplokg.query.PrecomputedAnswers.class);
            long waitStart = System.nanoTime();
            // DIPLOKG_BENCH_PRECOMPUTE=false: measure live queries without the background computation (marked queries
            // run live)
            boolean ready = PRECOMPUTE && precomputed.awaitCurrent(java.time.Duration.ofMinutes(20));
            String precomputeNote = String.format(
                    Locale.ROOT,
                    "precomputed answers %s after %.1f s (%s)",
                    ready ? "ready" : "NOT ready",
                    (System.nanoTime() - waitStart) / 1e9,
                    library.all().stream()
                            .filter(LibraryQuery::precomputed)
                            .map(q -> q.name() + " "
                                    + precomputed
                                            .answer(q.name(), kstore.version())
                                            .map(a -> a.rows().size() + " rows")
                                            .orElse("-")
                                    + " in "
                                    + precomputed
                                            .took(q.name())
                                            .map(d -> d.toMillis() + " ms")
                                            .orElse("-"))
                            .toList());
            Runtime rt = Runtime.getRuntime();
            System.gc();
            precomputeNote += String.format(
                    Locale.ROOT,
                    "; indexes %s; heap used after a GC %.0f MiB of %.0f MiB",
                    library.all().stream()
                            .filter(LibraryQuery::indexed)
                            .map(q -> q.name() + " "
                                    + (precomputed
                                                    .index(q.name(), kstore.version())
                                                    .isPresent()
                                            ? "built"
                                            : "NOT built")
                                    + " in "
                                    + precomputed
                                            .indexTook(q.name())
                                            .map(d -> d.toMillis() + " ms")
                                            .orElse("-"))
                            .toList(),
                    (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
                    rt.maxMemory() / 1048576.0);
            System.out.println(precomputeNote);
            long quads = kstore.size();
            int graphs = kstore.graphNames().size();
            StringBuilder table = new StringBuilder();
            table.append(
                    "| query | rows | cold runs | cold p50 (ms) | cold p95 (ms) | cached p50 (ms) | cached p95 (ms) |\n|---|---|---|---|---|---|---|\n");
            List<Double> allColdP95 = new ArrayList<>();
            // name -> cold p50, cold p95 (ms): for P95Growth (p95 against store size, as served)
            Map<String, double[]> served = new java.util.TreeMap<>();
            int coldOver = 0;
            int cachedOver = 0;
            double target95 = projectData ? 50 : 500;
            for (LibraryQuery q : library.all()) {
                String name = q.name();
                if (!only.isEmpty() && !name.equals(only)) {
                    continue;
                }
                for (int set = 0; set < paramSets.size(); set++) {
                    Map<String, String> params = paramSets.get(set);
                    // warm-up: JIT, TDB2 node caches, OS page cache
                    org.diplokg.query.LibraryAnswer first;
                    long warm = System.nanoTime();
                    try {
                        first = new LibraryQueryService(library, queries, kstore, iris, paging, limits, precomputed)
                                .answer(name, params);
                    } catch (RuntimeException e) {
                        String line = String.format(
                                Locale.ROOT,
                                "| %s | failed after %.1f s: %s | 1 | - | - | - | - |%n",
                                name,
                                (System.nanoTime() - warm) / 1e9,
                                e.getMessage());
                        System.out.print(line);
                        table.append(line);
                        coldOver++;
                        continue;
                    }
                    List<Double> cold = new ArrayList<>();
                    LibraryQueryService service = null;
                    long spent = 0;
                    while (cold.size() < MAX_COLD && (cold.size() < MIN_COLD || spent < budget * 1e9)) {
                        service = new LibraryQueryService(library, queries, kstore, iris, paging, limits, precomputed);
                        long t = System.nanoTime();
                        service.run(name, params);
                        long d = System.nanoTime() - t;
                        spent += d;
                        cold.add(d / 1e6);
                    }
                    List<Double> cached = new ArrayList<>();
                    for (int i = 0; i < CACHED; i++) {
                        long t = System.nanoTime();
                        service.run(name, params);
                        cached.add((System.nanoTime() - t) / 1e6);
                    }
                    double c50 = pct(cold, 50);
                    double c95 = pct(cold, 95);
                    double k50 = pct(cached, 50);
                    double k95 = pct(cached, 95);
                    allColdP95.add(c95);
                    served.put(params.isEmpty() ? name : name + "?" + paramTexts.get(set), new double[] {c50, c95});
                    coldOver += c95 >= target95 ? 1 : 0;
                    cachedOver += k95 >= 2 ? 1 : 0;
                    String line = String.format(
                            Locale.ROOT,
                            "| %s | %s | %d | %.1f | %.1f | %.3f | %.3f |%n",
                            params.isEmpty() ? name : name + "?" + paramTexts.get(set),
                            rows(first),
                            cold.size(),
                            c50,
                            c95,
                            k50,
                            k95);
                    System.out.print(line);
                    table.append(line);
                }
            }
            String report = String.format(
                    Locale.ROOT,
                    """
                    # Library query latency (%s)

                    %d library queries, default parameters, through LibraryQueryService.run (the /api/queries/{name} code path,
                    without HTTP), query timeout %s; store: %,d quads in %,d named graphs (%s); JVM max heap %d MiB, %d processors; start-up %.1f s;
                    %s.
                    Cold = a fresh LibraryQueryService (empty result cache) per run after one warm-up run, %d-%d runs per query
                    (time budget %.0f s); cached = %d repeated calls on one instance. Percentiles are nearest-rank.

                    %s
                    Cold p95 at or over %.0f ms: **%d of %d** queries. Cached p95 at or over 2 ms: **%d**. Worst cold p95: %.1f ms.
                    """,
                    reportName,
                    library.all().size(),
                    timeout,
                    quads,
                    graphs,
                    projectData ? "data/ loaded and SHACL-validated at start-up" : "prebuilt store " + target,
                    Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(),
                    bootSeconds,
                    precomputeNote,
                    MIN_COLD,
                    MAX_COLD,
                    budget,
                    CACHED,
                    table,
                    target95,
                    coldOver,
                    library.all().size(),
                    cachedOver,
                    allColdP95.isEmpty() ? 0 : Collections.max(allColdP95));
            Path out = project.resolve("target/bench/" + reportName + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            StringBuilder json = new StringBuilder(
                    String.format(Locale.ROOT, "{\"size\": %d, \"precompute\": %s, \"served\": {", quads, PRECOMPUTE));
            served.forEach((q, v) -> json.append(String.format(
                    Locale.ROOT,
                    "%s\"%s\": {\"p50\": %.4f, \"p95\": %.4f}",
                    json.charAt(json.length() - 1) == '{' ? "" : ", ",
                    q,
                    v[0],
                    v[1])));
            Files.writeString(project.resolve("target/bench/" + reportName + ".json"), json.append("}}\n"));
            System.out.println(report);
        }
    }

    private static String rows(org.diplokg.query.LibraryAnswer answer) {
        return switch (answer.outcome()) {
            case QueryOutcome.Select s ->
                (s.truncated() ? ">" : "") + s.rows().size() + (answer.more() ? " (more)" : "");
            case QueryOutcome.Ask a -> Boolean.toString(a.answer());
            case QueryOutcome.Triples t -> t.graph().size() + " triples";
        };
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
