package org.diplokg.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.TdbKnowledgeStore;
import org.diplokg.store.engine.EngineTuning;

/**
 * Issue 21 profiling harness (not a test): the scan queries that lost to Fuseki at 100 K quads, run
 * in one JVM on the same TDB2 store through {@link TdbKnowledgeStore#query} and through a plain
 * {@code QueryExec} with TDB2's union default graph (what Fuseki does), plus variants that add one
 * of the store's extras at a time, so the cost of each shows. Usage: {@code ScanProfile STORE_DIR [SECONDS]}.
 */
public final class ScanProfile {

    static final String PREFIXES = """
            PREFIX dk: <https://w3id.org/diplokg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put(
                "label-contains",
                "SELECT ?s ?l WHERE { ?s rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), \"van an\")) }");
        QUERIES.put("count-by-type", "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n)");
        QUERIES.put(
                "date-range",
                "SELECT ?e ?d WHERE { ?e dk:date ?d FILTER(?d >= \"2020-01-01\"^^xsd:date && ?d < \"2021-01-01\"^^xsd:date) }");
        QUERIES.put(
                "two-hop",
                "SELECT ?e ?p ?name WHERE { ?e dk:participant ?p . ?p rdfs:label ?name FILTER(lang(?name) = \"en\") } LIMIT 2000");
        QUERIES.put(
                "optional-heavy",
                "SELECT ?h ?person ?post ?from ?to WHERE { ?h dk:holder ?person ; dk:post ?post ."
                        + " OPTIONAL { ?h dk:startDate ?from } OPTIONAL { ?h dk:endDate ?to } }");
        QUERIES.put(
                "low-confidence",
                "SELECT ?article (COUNT(?ev) AS ?weak) WHERE { ?ev dk:source ?article ; dk:confidence ?c ."
                        + " FILTER(?c < 0.6) } GROUP BY ?article ORDER BY DESC(?weak) ?article LIMIT 50");
        QUERIES.put(
                "count-events",
                "SELECT ?year (COUNT(DISTINCT ?event) AS ?n) WHERE { ?event dk:date ?date ."
                        + " BIND(SUBSTR(STR(?date), 1, 4) AS ?year) } GROUP BY ?year ORDER BY ?year");
        QUERIES.put(
                "graphs-by-kind",
                "SELECT ?kind (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?g dk:graphKind ?kind } }"
                        + " GROUP BY ?kind ORDER BY ?kind");
    }

    private ScanProfile() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 5;
        String only = args.length > 2 ? args[2] : null;
        TdbKnowledgeStore store = new TdbKnowledgeStore(dir, ChangeValidator.NONE, true);
        DatasetGraph plain = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        QueryOptions options = QueryOptions.of(Duration.ofSeconds(60), 50_000);
        Object jenaCache = cacheField(null);
        EngineTuning.apply();
        if (System.getProperty("hashJoinMinRows") != null) { // e.g. -DhashJoinMinRows=0: every join by hash
            org.apache
                    .jena
                    .query
                    .ARQ
                    .getContext()
                    .set(
                            org.diplokg.store.engine.HashJoinScan.MIN_ROWS,
                            Long.parseLong(System.getProperty("hashJoinMinRows")));
        }
        Object ours = cacheField(null);
        System.out.println("| query | store.query, Jena's cache (ms) | store.query, LiteralValueCache (ms)"
                + " | plain union, Jena's cache (ms) | plain union, LiteralValueCache (ms) | store speed-up |");
        System.out.println("|---|---|---|---|---|---|");
        for (var e : queries(only).entrySet()) {
            String text = e.getValue();
            Supplier<Long> viaStore = () -> {
                var outcome = store.query(QueryFactory.create(text), options);
                return switch (outcome) {
                    case org.diplokg.store.QueryOutcome.Select s ->
                        (long) s.rows().size();
                    case org.diplokg.store.QueryOutcome.Triples t ->
                        (long) t.graph().size();
                    default -> -1L;
                };
            };
            Supplier<Long> viaPlain = () -> Txn.calculateRead(
                    plain,
                    () -> consume(QueryExec.dataset(plain)
                            .query(QueryFactory.create(text))
                            .set(TDB2.symUnionDefaultGraph, true)
                            .build()));
            long rows = viaStore.get();
            if (Boolean.getBoolean("storeOnly")) { // -DstoreOnly=true: only the store's path, for big stores
                double[] m = interleaved(List.of(viaStore), seconds);
                System.out.printf(java.util.Locale.ROOT, "| %s (%d rows) | %.3f | | | | |%n", e.getKey(), rows, m[0]);
                continue;
            }
            if (rows != viaPlain.get()) {
                System.out.println("different row counts for " + e.getKey() + ": " + rows + " vs " + viaPlain.get());
            }
            double[] m = interleaved(
                    List.of(
                            with(jenaCache, viaStore),
                            with(ours, viaStore),
                            with(jenaCache, viaPlain),
                            with(ours, viaPlain)),
                    seconds);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "| %s (%d rows) | %.3f | %.3f | %.3f | %.3f | %.2f× |%n",
                    e.getKey(),
                    rows,
                    m[0],
                    m[1],
                    m[2],
                    m[3],
                    m[0] / m[1]);
        }
        cacheField(ours);
        store.close();
    }

    /**
     * The queries to run: the built-in ones ({@code only} one of them, or all), or every {@code .rq} file of the
     * directory {@code only} names (e.g. {@code src/test/resources/bench/engines/generic}).
     */
    private static Map<String, String> queries(String only) {
        Map<String, String> chosen = new LinkedHashMap<>();
        if (only != null && java.nio.file.Files.isDirectory(Path.of(only))) {
            try (var files = java.nio.file.Files.list(Path.of(only))) {
                for (Path f :
                        files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                    chosen.put(f.getFileName().toString().replace(".rq", ""), java.nio.file.Files.readString(f));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return chosen;
        }
        QUERIES.forEach((name, text) -> {
            if (only == null || only.equals(name)) {
                chosen.put(name, PREFIXES + text);
            }
        });
        return chosen;
    }

    /** The run with ARQ's expression-value cache set to {@code cache} first. */
    private static Supplier<Long> with(Object cache, Supplier<Long> run) {
        return () -> {
            cacheField(cache);
            return run.get();
        };
    }

    /** Reads ARQ's NodeValue cache, or sets it first when {@code value} is not null. */
    private static Object cacheField(Object value) {
        try {
            var f = org.apache.jena.sparql.expr.NodeValue.class.getDeclaredField("nodeValueCache");
            f.setAccessible(true);
            if (value != null) {
                f.set(null, value);
            }
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long consume(QueryExec exec) {
        try (exec) {
            if (exec.getQuery().isConstructType()) {
                return exec.construct().size();
            }
            if (exec.getQuery().isAskType()) {
                exec.ask();
                return -1;
            }
            RowSet rows = exec.select();
            long n = 0;
            while (rows.hasNext()) {
                rows.next().forEach((v, node) -> node.isLiteral());
                n++;
            }
            return n;
        }
    }

    /**
     * Median over rounds of the mean milliseconds per run of each variant; every round runs each variant for
     * about a tenth of {@code seconds}, in turn, so that load from other processes hits all variants alike.
     */
    private static double[] interleaved(List<Supplier<Long>> runs, long seconds) {
        runs.forEach(r -> runFor(r, 500_000_000L)); // warm-up
        int rounds = 10;
        double[][] means = new double[runs.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < runs.size(); i++) {
                means[i][round] = runFor(runs.get(i), seconds * 100_000_000L);
            }
        }
        double[] medians = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            java.util.Arrays.sort(means[i]);
            medians[i] = (means[i][rounds / 2 - 1] + means[i][rounds / 2]) / 2;
        }
        return medians;
    }

    private static double runFor(Supplier<Long> run, long nanos) {
        int n = 0;
        long start = System.nanoTime();
        long end = start + nanos;
        do {
            run.get();
            n++;
        } while (System.nanoTime() < end);
        return (System.nanoTime() - start) / 1e6 / n;
    }
}
