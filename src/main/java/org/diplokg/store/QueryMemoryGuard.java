package org.diplokg.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the query holding the server's memory before the JVM runs out of it. A grouping or sort over a whole large
 * store can need more heap than the server has; an {@link OutOfMemoryError} then strikes whichever thread allocates
 * next (once it was Tomcat's connection poller, after which the server answered nothing). The guard looks at the heap
 * left after the last garbage collection and, when it is above the limit, aborts the longest-running query, which
 * fails with {@link QueryMemoryException} (a 503) while every other request goes on. It waits for a collection after
 * each abort before it judges again.
 */
public final class QueryMemoryGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryMemoryGuard.class);

    private final Map<QueryExec, Long> running = new ConcurrentHashMap<>();
    private final Map<QueryExec, Boolean> aborted = new ConcurrentHashMap<>();
    private final double limit;
    private final LongSupplier usedAfterCollection;
    private final long max;
    private final LongSupplier collections;
    private final ScheduledExecutorService watch;
    private long collectionsAtAbort = -1;

    /**
     * @param limit fraction of the heap (after a collection) above which the oldest query is stopped; 0 turns the guard
     *     off
     */
    public static QueryMemoryGuard forHeap(double limit) {
        Optional<MemoryPoolMXBean> oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .max(Comparator.comparingLong(p -> p.getUsage().getMax()));
        long max = Runtime.getRuntime().maxMemory();
        LongSupplier used = oldGen.<LongSupplier>map(pool -> () -> {
                    MemoryUsage after = pool.getCollectionUsage();
                    return after == null ? 0 : after.getUsed();
                })
                .orElse(() -> 0L);
        LongSupplier collections = () -> ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionCount()))
                .sum();
        return new QueryMemoryGuard(limit, used, max, collections, 200);
    }

    /** For tests: the heap reading and the collection count come from the caller. */
    QueryMemoryGuard(
            double limit, LongSupplier usedAfterCollection, long max, LongSupplier collections, long periodMillis) {
        this.limit = limit;
        this.usedAfterCollection = usedAfterCollection;
        this.max = max;
        this.collections = collections;
        if (limit <= 0 || max <= 0 || max == Long.MAX_VALUE) {
            this.watch = null;
            return;
        }
        this.watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "diplokg-query-memory-guard");
            t.setDaemon(true);
            return t;
        });
        watch.scheduleWithFixedDelay(this::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    void started(QueryExec exec) {
        running.put(exec, System.nanoTime());
    }

    void finished(QueryExec exec) {
        running.remove(exec);
        aborted.remove(exec);
    }

    /** Whether the guard stopped this execution (its cancellation is then about memory, not time). */
    boolean stopped(QueryExec exec) {
        return aborted.remove(exec) != null;
    }

    /** One look at the heap: above the limit after a collection, the oldest running query is stopped. */
    synchronized void check() {
        try {
            long used = usedAfterCollection.getAsLong();
            if (used <= limit * max || running.isEmpty()) {
                return;
            }
            long gcs = collections.getAsLong();
            if (gcs == collectionsAtAbort) {
                return; // the heap has not been collected since the last stop
            }
            running.entrySet().stream()
                    .filter(e -> !aborted.containsKey(e.getKey()))
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(oldest -> {
                        collectionsAtAbort = gcs;
                        aborted.put(oldest.getKey(), true);
                        LOG.warn(
                                "Heap {} MB of {} MB after collection: stopping the query running for {} s",
                                used >> 20,
                                max >> 20,
                                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - oldest.getValue()));
                        oldest.getKey().abort();
                    });
        } catch (RuntimeException e) {
            LOG.warn("Memory guard check failed: {}", e.toString());
        }
    }

    long maxHeap() {
        return max;
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.shutdownNow();
        }
    }
}
