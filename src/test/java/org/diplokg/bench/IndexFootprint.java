package org.diplokg.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.diplokg.query.QueryLibrary;
import org.diplokg.query.index.LibraryIndex;
import org.diplokg.sparql.QueryService;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.openjdk.jol.info.GraphLayout;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Heap and build time of each library index on one store: builds the indexes one after the other and sums,
 * with OpenJDK's JOL, every object reachable from each index, nodes shared with TDB2's node cache included
 * (an upper bound of what the index holds alone). Differences of heap readings around a build do not work here:
 * the store's node cache keeps changing between them (readings of -20 to +144 MiB for the same index).
 *
 * <p>{@code java ... org.diplokg.bench.IndexFootprint PROJECT_DIR STORE_DIR}
 */
public final class IndexFootprint {

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext ctx =
                PrebuiltStoreContext.start(Path.of(args[0]), Path.of(args[1]), "--diplokg.queries.precompute=false")) {
            QueryLibrary library = ctx.getBean(QueryLibrary.class);
            QueryService queries = ctx.getBean(QueryService.class);
            System.out.printf(Locale.ROOT, "heap in use after start-up: %.1f MiB%n", usedAfterGc());
            System.out.println("| index | build | reachable from the index | heap in use after a GC, index held |");
            for (LibraryIndex.Builder b :
                    ctx.getBeansOfType(LibraryIndex.Builder.class).values()) {
                long start = System.nanoTime();
                LibraryIndex index = build(b, library, queries);
                double seconds = (System.nanoTime() - start) / 1e9;
                GraphLayout layout = GraphLayout.parseInstance(index);
                double inUse = usedAfterGc();
                java.lang.ref.Reference.reachabilityFence(index);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %.1f s | %.1f MiB in %,d objects | %.1f MiB |%n",
                        b.query(),
                        seconds,
                        layout.totalSize() / 1048576.0,
                        layout.totalCount(),
                        inUse);
            }
        }
    }

    private static LibraryIndex build(LibraryIndex.Builder b, QueryLibrary library, QueryService queries) {
        return b.build(library.find(b.query()).orElseThrow().query(), view -> (QueryOutcome.Select)
                queries.execute(view, QueryOptions.of(java.time.Duration.ofMinutes(10), 10_000_000)));
    }

    private static double usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
    }
}
