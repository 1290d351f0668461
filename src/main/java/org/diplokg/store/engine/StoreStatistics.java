package org.diplokg.store.engine;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's statistics file, {@code stats.opt} in the store's current data directory ({@code Data-000N}),
 * which is what {@code tdb2.tdbstats} writes and what TDB2 reads when it opens a store: with it the
 * optimiser orders a query's patterns by real counts per predicate and type ({@code ReorderWeighted});
 * without it, by a fixed rule of thumb. A compaction moves the store to a new data directory, leaving
 * the file behind, so it is written again after a bulk load and after every compaction.
 */
public final class StoreStatistics {

    private StoreStatistics() {}

    /** Counts every quad of the store now (one pass over an index) and writes the file. */
    public static void write(DatasetGraph dsg) {
        Txn.executeRead(dsg, () -> {
            StatsCollector stats = new StatsCollector();
            dsg.find().forEachRemaining(q -> stats.record(null, q.getSubject(), q.getPredicate(), q.getObject()));
            write(dsg, stats);
        });
    }

    /** Writes what {@code collected} counted (e.g. while the quads streamed into a bulk loader). */
    public static void write(DatasetGraph dsg, StatsCollector collected) {
        Stats.write(file(dsg).toString(), collected.results());
    }

    /** The statistics file of the store's current data directory. */
    public static Path file(DatasetGraph dsg) {
        return Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath(), "stats.opt");
    }

    /** Whether the open store's optimiser orders patterns by the statistics file. */
    public static boolean inUse(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getReorderTransform() instanceof ReorderWeighted;
    }
}
