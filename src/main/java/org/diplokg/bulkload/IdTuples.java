package org.diplokg.bulkload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The node ids of every loaded tuple, kept as plain longs, from which each index is built in its own sort order. Up to
 * {@code maxInMemory} tuples stay on the heap (4 longs a quad); beyond that they are sorted once per index and written
 * to run files in {@code tempDir}, merged when the index is built.
 */
final class IdTuples implements AutoCloseable {

    private static final int PAGE_TUPLES = 1 << 16;

    private final int width;
    private final int[][] orders;
    private final long maxInMemory;
    private final Path tempDir;
    private final List<long[]> pages = new ArrayList<>();
    private final List<List<Path>> runs = new ArrayList<>();
    private long[] page;
    private int inPage;
    private int inMemory;
    private long added;
    private Path runDir;

    /**
     * @param orders for each index, the tuple columns in the index's order
     * @param maxInMemory tuples held before they are spilled to sorted runs
     */
    IdTuples(int width, int[][] orders, long maxInMemory, Path tempDir) {
        this.width = width;
        this.orders = orders;
        this.maxInMemory = Math.max(PAGE_TUPLES, Math.min(maxInMemory, Integer.MAX_VALUE / width));
        this.tempDir = tempDir;
        for (int i = 0; i < orders.length; i++) {
            runs.add(new ArrayList<>());
        }
    }

    /** Adds a tuple (values ordered as signed longs, see {@link IdTupleSort}). */
    void add(long[] tuple) {
        if (page == null || inPage == PAGE_TUPLES) {
            page = new long[PAGE_TUPLES * width];
            pages.add(page);
            inPage = 0;
        }
        System.arraycopy(tuple, 0, page, inPage * width, width);
        inPage++;
        inMemory++;
        added++;
        if (inMemory >= maxInMemory) {
            spill();
        }
    }

    /** Tuples added, repeats included. */
    long added() {
        return added;
    }

    /** Whether the tuples went to disk (then every index is merged from runs). */
    boolean spilled() {
        return runDir != null;
    }

    /** The distinct tuples in the order of index {@code k}; each index is read once, after the last {@link #add}. */
    TupleCursor sorted(int k) {
        if (runDir != null) {
            return RunFiles.merge(runs.get(k), width);
        }
        long[] sorted = sortedCopy(orders[k]);
        return new ArrayCursor(sorted, width, inMemory);
    }

    /** Moves what is still in memory to runs, if anything already went to disk; call after the last add. */
    void finishAdding() {
        if (runDir != null && inMemory > 0) {
            spill();
        }
    }

    private void spill() {
        try {
            if (runDir == null) {
                runDir = Files.createTempDirectory(tempDir, "diplokg-load-");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for sorted runs in " + tempDir, e);
        }
        for (int k = 0; k < orders.length; k++) {
            runs.get(k).add(RunFiles.write(runDir, sortedCopy(orders[k]), width, inMemory));
        }
        pages.clear();
        page = null;
        inMemory = 0;
    }

    private long[] sortedCopy(int[] order) {
        long[] copy = new long[inMemory * width];
        int at = 0;
        int left = inMemory;
        for (long[] p : pages) {
            int n = Math.min(left, PAGE_TUPLES);
            for (int i = 0; i < n; i++) {
                int base = i * width;
                for (int c = 0; c < width; c++) {
                    copy[at++] = p[base + order[c]];
                }
            }
            left -= n;
        }
        IdTupleSort.sort(copy, width, inMemory);
        return copy;
    }

    /** Frees the tuples in memory (the indexes are built). */
    void release() {
        pages.clear();
        page = null;
    }

    @Override
    public void close() {
        release();
        if (runDir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the sorted runs in " + runDir, e);
        }
    }

    private static final class ArrayCursor implements TupleCursor {
        private final long[] sorted;
        private final int width;
        private final int count;
        private final long[] current;
        private int next;

        ArrayCursor(long[] sorted, int width, int count) {
            this.sorted = sorted;
            this.width = width;
            this.count = count;
            this.current = new long[width];
        }

        @Override
        public boolean advance() {
            while (next < count) {
                int i = next++;
                if (i > 0 && IdTupleSort.compare(sorted, width, i, i - 1) == 0) {
                    continue;
                }
                System.arraycopy(sorted, i * width, current, 0, width);
                return true;
            }
            return false;
        }

        @Override
        public long[] current() {
            return current;
        }
    }
}
