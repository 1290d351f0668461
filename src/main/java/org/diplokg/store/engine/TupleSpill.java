package org.diplokg.store.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * An external sort of fixed-width tuples of longs: chunks sorted in memory and written to temporary files, then merged
 * while they are read. Lets a grouping with more groups than the heap can hold aggregate runs of equal keys instead.
 */
final class TupleSpill implements AutoCloseable {

    private final int width;
    private final int chunk;
    private final Comparator<long[]> order;
    private final List<long[]> buffer = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final List<DataInputStream> open = new ArrayList<>();

    /** @param sortColumns the leading columns that order the tuples */
    TupleSpill(int width, int sortColumns, int chunk) {
        this.width = width;
        this.chunk = chunk;
        this.order = (a, b) -> {
            for (int i = 0; i < sortColumns; i++) {
                int c = Long.compare(a[i], b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    void add(long[] tuple) {
        buffer.add(tuple);
        if (buffer.size() >= chunk) {
            flush();
        }
    }

    int files() {
        return files.size();
    }

    /** Every tuple added, in order; call once, after the last {@link #add}. */
    Iterator<long[]> sorted() {
        buffer.sort(order);
        if (files.isEmpty()) {
            return buffer.iterator();
        }
        flush();
        PriorityQueue<Cursor> heads = new PriorityQueue<>((x, y) -> order.compare(x.head, y.head));
        for (Path file : files) {
            Cursor c = new Cursor(file);
            if (c.advance()) {
                heads.add(c);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public long[] next() {
                Cursor c = heads.poll();
                if (c == null) {
                    throw new NoSuchElementException();
                }
                long[] tuple = c.head;
                if (c.advance()) {
                    heads.add(c);
                }
                return tuple;
            }
        };
    }

    private void flush() {
        buffer.sort(order);
        try {
            Path file = Files.createTempFile("diplokg-group-", ".bin");
            file.toFile().deleteOnExit();
            files.add(file);
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (long[] tuple : buffer) {
                    for (long v : tuple) {
                        out.writeLong(v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spill a large grouping to a temporary file", e);
        }
        buffer.clear();
    }

    @Override
    public void close() {
        for (DataInputStream in : open) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the file goes next
            }
        }
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // deleted on exit
            }
        }
        files.clear();
    }

    /** The next tuple of one sorted file. */
    private final class Cursor {
        private final DataInputStream in;
        private long[] head;

        Cursor(Path file) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                open.add(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean advance() {
            long[] next = new long[width];
            try {
                for (int i = 0; i < width; i++) {
                    next[i] = in.readLong();
                }
            } catch (EOFException end) {
                head = null;
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            head = next;
            return true;
        }
    }
}
