package org.diplokg.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.diplokg.linkeddata.DumpService;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.TdbKnowledgeStore;

/**
 * Issue 8 benchmark: streams each dump format of a prebuilt store (see {@link ScaleStore}) through
 * {@link DumpService#writeCompressed} — what {@code /dumps/diplokg.*.gz} sends — into a byte-counting
 * sink, and the uncompressed serialisation alone. Run in its own JVM with {@code -Xmx512m}; reports
 * quads per second, the heap pools' peak use and the largest heap occupancy seen right after a GC
 * (the live set), sampled every 200 ms.
 *
 * <p>{@code java -Xmx512m ... org.diplokg.bench.DumpThroughput PROJECT_DIR STORE_DIR}
 */
public final class DumpThroughput {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path storeDir = Path.of(args[1]).resolve("tdb2");
        StringBuilder table = new StringBuilder(
                "| format | gzip | seconds | quads/s | output MiB | peak heap used (MiB) | max heap after GC (MiB) | heap after full GC at the end (MiB) |\n|---|---|---|---|---|---|---|---|\n");
        long quads;
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(storeDir, ChangeValidator.NONE, true)) {
            quads = store.size();
            DumpService dumps = new DumpService(store);
            // warm-up: one N-Quads pass (JIT, page cache)
            dumps.write(DumpService.DumpFormat.NQUADS, OutputStream.nullOutputStream());
            long scan = System.nanoTime();
            store.size();
            double scanSeconds = (System.nanoTime() - scan) / 1e9;
            String scanLine = String.format(
                    Locale.ROOT,
                    "| (store scan only: every quad decoded, nothing written) | - | %.1f | %,.0f | - | - | - | - |%n",
                    scanSeconds,
                    quads / scanSeconds);
            System.out.print(scanLine);
            table.append(scanLine);
            for (DumpService.DumpFormat format : DumpService.DumpFormat.values()) {
                for (boolean gzip : new boolean[] {false, true}) {
                    Counting out = new Counting();
                    HeapWatch watch = new HeapWatch();
                    watch.start();
                    long t = System.nanoTime();
                    if (gzip) {
                        dumps.writeCompressed(format, out);
                    } else {
                        dumps.write(format, out);
                    }
                    double s = (System.nanoTime() - t) / 1e9;
                    watch.halt();
                    System.gc();
                    long retained = ManagementFactory.getMemoryMXBean()
                            .getHeapMemoryUsage()
                            .getUsed();
                    String line = String.format(
                            Locale.ROOT,
                            "| %s | %s | %.1f | %,.0f | %,.0f | %d | %d | %d |%n",
                            format.name().toLowerCase(Locale.ROOT),
                            gzip ? "yes (as served)" : "no",
                            s,
                            quads / s,
                            out.bytes.get() / 1048576.0,
                            watch.peakUsed() >> 20,
                            watch.maxAfterGc >> 20,
                            retained >> 20);
                    System.out.print(line);
                    table.append(line);
                }
            }
        }
        String report = String.format(
                Locale.ROOT,
                """
                # Dump streaming (issue 8)

                Store %s: %,d quads. Each format streamed from one read transaction through DumpService into a byte-counting
                sink (no disk, no network), after one warm-up pass; store scan and serialisation pipelined on two threads; JVM max heap %d MiB, %d processors.
                "Peak heap used" is the largest heap use sampled every 200 ms (includes garbage not yet collected); "max heap after GC" is the
                largest heap occupancy measured right after a collection during the run (G1 young collections leave old garbage in place, so
this over-states the live set); "heap after full GC at the end" is what the run retained (mostly TDB2's node cache, bounded by its size).

                %s""",
                storeDir,
                quads,
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                table);
        Path out = project.resolve("target/bench/dumps-10m.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static final class Counting extends OutputStream {
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void write(int b) {
            bytes.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
        }
    }

    /** Samples the heap pools' post-GC usage while a dump runs; peaks are reset at start. */
    private static final class HeapWatch extends Thread {
        private volatile boolean running = true;
        volatile long maxAfterGc;
        volatile long maxUsed;

        HeapWatch() {
            setDaemon(true);
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        @Override
        public void run() {
            while (running) {
                maxUsed = Math.max(
                        maxUsed,
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                long after = heapPools().stream()
                        .mapToLong(p -> p.getCollectionUsage() == null
                                ? 0
                                : p.getCollectionUsage().getUsed())
                        .sum();
                maxAfterGc = Math.max(maxAfterGc, after);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void halt() throws InterruptedException {
            running = false;
            join();
        }

        long peakUsed() {
            return maxUsed;
        }

        private static java.util.List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
        }
    }
}
