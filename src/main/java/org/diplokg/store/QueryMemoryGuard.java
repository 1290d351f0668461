package org.diplokg.store;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the query holding the server's memory before the JVM runs out of it. A grouping or sort over a whole large
 * store can need more heap than the server has; an {@link OutOfMemoryError} then strikes whichever thread allocates
 * next (once it was Tomcat's connection poller, after which the server answered nothing). After each full garbage
 * collection (the JVM's last resort before it gives up) the guard looks at the heap that is left and, when it is above
 * the limit, aborts the longest-running query, which fails with {@link QueryMemoryException} (a 503) while every
 * other request goes on. One query is stopped per full collection, and none while a stopped one is still unwinding
 * (up to a grace period): its memory is freed only when it ends, and until then the heap still looks full, so stopping
 * the next query would hit a query that is not the cause (seen at 50 M triples, when the explorer's start-up read
 * filled the heap and five short queries were stopped while it ended).
 */
public final class QueryMemoryGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryMemoryGuard.class);

    /** A stopped query has this long to end and free its memory before the guard may stop another. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    /** Collectors of the whole heap: G1's and Parallel's full collections, Serial's mark-sweep, ZGC's major cycles. */
    private static final Pattern FULL_COLLECTOR = Pattern.compile("(?i)old|marksweep|major|full");

    private final Map<QueryExec, Long> running = new ConcurrentHashMap<>();
    /** Stopped queries not yet ended, with the time of the stop. */
    private final Map<QueryExec, Long> stoppedAt = new ConcurrentHashMap<>();

    private final double limit;
    private final LongSupplier usedAfterCollection;
    private final long max;
    private final LongSupplier collections;
    private final long graceNanos;
    private final ScheduledExecutorService watch;
    private long collectionsSeen;

    /**
     * @param limit fraction of the heap (after a collection) above which the oldest query is stopped; 0 turns the guard
     *     off; it acts after full collections only
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
        // full collections only: after a young or mixed one the old generation still holds garbage, so a high
        // reading there is no sign of pressure; a full collection that leaves the heap nearly full is
        List<GarbageCollectorMXBean> full = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> FULL_COLLECTOR.matcher(gc.getName()).find())
                .toList();
        LongSupplier collections = () -> full.stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionCount()))
                .sum();
        return new QueryMemoryGuard(limit, used, max, collections, 200, GRACE);
    }

    /**
     * For tests: the heap reading and the collection count come from the caller.
     *
     * @param grace how long a stopped query may take to end before another one may be stopped
     */
    QueryMemoryGuard(
            double limit,
            LongSupplier usedAfterCollection,
            long max,
            LongSupplier collections,
            long periodMillis,
            Duration grace) {
        this.limit = limit;
        this.graceNanos = grace.toNanos();
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
        stoppedAt.remove(exec);
    }

    /** Whether the guard stopped this execution (its cancellation is then about memory, not time). */
    boolean stopped(QueryExec exec) {
        return stoppedAt.containsKey(exec);
    }

    /** One look at the heap: above the limit after a collection, the oldest running query is stopped. */
    synchronized void check() {
        try {
            long gcs = collections.getAsLong();
            if (gcs == collectionsSeen) {
                return; // no full collection since the last look
            }
            collectionsSeen = gcs;
            long used = usedAfterCollection.getAsLong();
            if (used <= limit * max || running.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            if (stoppedAt.values().stream().anyMatch(at -> now - at < graceNanos)) {
                LOG.debug("Heap {} MB after collection; a stopped query is still ending", used >> 20);
                return;
            }
            running.entrySet().stream()
                    .filter(e -> !stoppedAt.containsKey(e.getKey()))
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(oldest -> {
                        stoppedAt.put(oldest.getKey(), now);
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
