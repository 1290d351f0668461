package org.diplokg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.query.LibraryQuery;
import org.diplokg.query.QueryLibrary;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.LoadProgress;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.RemoteKnowledgeStore;
import org.diplokg.store.SparqlFiles;
import org.diplokg.store.StoreProperties;
import org.diplokg.store.TdbKnowledgeStore;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.FusekiProcess;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 benchmark: the query-library mix (default parameters) on the same data in the embedded
 * TDB2 store and in a real Fuseki reached through the RDF4J client, alternating rounds in one run.
 * Run with {@code bench/run.sh remote}.
 */
class RemoteVsEmbeddedBenchmark {

    private static final String BASE = "https://w3id.org/diplokg/";
    private static final int ROUNDS = 7;
    private static final int REPS = 5;

    @Test
    void libraryMixRemoteVersusEmbedded() throws Exception {
        var sources = RdfFiles.underDirectory(ProjectPaths.project().resolve("data"), BASE);
        List<Query> mix = new ArrayList<>();
        for (LibraryQuery q : new QueryLibrary().all()) {
            Map<String, Node> values = new HashMap<>();
            q.parameters().stream()
                    .filter(p -> p.defaultValue() != null)
                    .forEach(p -> values.put(p.name(), p.type().parse(p.name(), p.defaultValue(), BASE)));
            mix.add(SparqlFiles.bind(q.query(), values));
        }
        QueryOptions options = QueryOptions.of(Duration.ofSeconds(60), 50_000);
        try (FusekiProcess fuseki = FusekiProcess.start(null, null, true);
                KnowledgeStore embedded =
                        new TdbKnowledgeStore(EmptyStoreServer.tempDir("bench-emb-"), ChangeValidator.NONE, true);
                KnowledgeStore remote = new RemoteKnowledgeStore(
                        new StoreProperties.Remote(
                                fuseki.queryUrl(),
                                fuseki.updateUrl(),
                                null,
                                null,
                                null,
                                Duration.ofSeconds(60),
                                1,
                                50_000),
                        BASE,
                        ChangeValidator.NONE,
                        GraphFactory.createDefaultGraph())) {
            embedded.load(sources, LoadProgress.NONE);
            remote.load(sources, LoadProgress.NONE);
            for (int i = 0; i < 2; i++) {
                round(embedded, mix, options);
                round(remote, mix, options);
            }
            List<Long> e = new ArrayList<>();
            List<Long> r = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                e.add(round(embedded, mix, options));
                r.add(round(remote, mix, options));
            }
            long me = e.stream().sorted().toList().get(ROUNDS / 2);
            long mr = r.stream().sorted().toList().get(ROUNDS / 2);
            String report = String.format(
                    """
                    # Remote vs embedded (issue 10)

                    %d library queries with default parameters x %d repetitions per round, %d alternating rounds, median;
                    data/ (%,d quads) in a fresh TDB2 store and in Fuseki 5.6.0 (TDB2, union default graph) on loopback.

                    | store | median round (ms) | mean per query (ms) |
                    |---|---|---|
                    | embedded TDB2 | %.1f | %.3f |
                    | remote Fuseki via RDF4J | %.1f | %.3f |

                    Ratio remote / embedded: **%.2f**.
                    """,
                    mix.size(),
                    REPS,
                    ROUNDS,
                    embedded.size(),
                    me / 1e6,
                    me / 1e6 / (mix.size() * REPS),
                    mr / 1e6,
                    mr / 1e6 / (mix.size() * REPS),
                    (double) mr / me);
            System.out.println(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/remote-vs-embedded.md"), report);
        }
    }

    private static long round(KnowledgeStore store, List<Query> mix, QueryOptions options) {
        long start = System.nanoTime();
        for (int k = 0; k < REPS; k++) {
            for (Query q : mix) {
                store.query(q, options);
            }
        }
        return System.nanoTime() - start;
    }
}
