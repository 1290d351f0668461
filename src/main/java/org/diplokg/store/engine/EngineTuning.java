package org.diplokg.store.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.expr.NodeValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process-wide tuning of Jena's query engine for the embedded store, applied once when the store
 * opens. Jena 6 offers no setting for its expression-value cache (a static field of {@link NodeValue}),
 * so it is replaced by reflection with {@link LiteralValueCache}; if a later Jena renames or seals the
 * field, the store keeps working with Jena's own cache and says so in the log.
 */
public final class EngineTuning {

    private static final Logger LOG = LoggerFactory.getLogger(EngineTuning.class);

    /** Slots of the literal table: about 1 MiB of references, room for the literals of a large scan. */
    static final int LITERAL_SLOTS = 1 << 17;

    /**
     * Sorts whose {@code LIMIT} is below this keep only the best rows in a bounded heap (ARQ's top-N) rather than
     * sorting everything: above the server's default row limit (50,000), which every sorted SELECT now carries as
     * its {@code LIMIT}.
     */
    static final int TOP_N_ROWS = 100_001;

    /**
     * Rows a sort or a DISTINCT holds in memory before it spills to temporary files, so its memory is bounded: one row
     * per 16 KiB of heap, between 20,000 and 250,000 (131,072 at 2 GiB). A fixed 250,000 let four sorts of ~230,000
     * rows each at 10 M triples fill a 2 GiB heap together, and the memory guard stopped one of them.
     */
    static long spillRows(long maxHeap) {
        return Math.clamp(maxHeap / 16_384, 20_000L, 250_000L);
    }

    /**
     * Rows a {@link RankedSort} holds as arrays of node ids (about 110 bytes a row with its ranks) before it hands them
     * to ARQ's spilling sort: one per 8 KiB of heap, between 50,000 and 1,000,000 (262,144 at 2 GiB, 131,072 at
     * 1 GiB), so sixteen whole-store sorts at once stay within a fifth of the heap, as ARQ's own in-memory sorts do.
     */
    public static long rankedSortRows(long maxHeap) {
        return Math.clamp(maxHeap / 8_192, 50_000L, 1_000_000L);
    }

    private EngineTuning() {}

    /**
     * Installs {@link LiteralValueCache} as ARQ's expression-value cache unless it is installed already, and bounds
     * the memory of sorts and DISTINCT (top-N below {@link #TOP_N_ROWS}, spilling above {@link #spillRows}); true if
     * the cache is in place.
     */
    public static synchronized boolean apply() {
        ARQ.getContext().set(ARQ.topNSortingThreshold, TOP_N_ROWS);
        ARQ.getContext()
                .set(ARQ.spillToDiskThreshold, spillRows(Runtime.getRuntime().maxMemory()));
        try {
            Field field = NodeValue.class.getDeclaredField("nodeValueCache");
            if (!Cache.class.isAssignableFrom(field.getType()) || Modifier.isFinal(field.getModifiers())) {
                LOG.warn("Jena's NodeValue cache cannot be replaced here; expression-heavy scans stay slower");
                return false;
            }
            field.setAccessible(true);
            if (!(field.get(null) instanceof LiteralValueCache)) {
                field.set(null, new LiteralValueCache(LITERAL_SLOTS));
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Jena's NodeValue cache not replaced ({}); expression-heavy scans stay slower", e.toString());
            return false;
        }
    }

    /** Whether ARQ currently uses {@link LiteralValueCache} (for tests and the benchmark notes). */
    public static boolean applied() {
        try {
            Field field = NodeValue.class.getDeclaredField("nodeValueCache");
            field.setAccessible(true);
            return field.get(null) instanceof LiteralValueCache;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
