package org.diplokg.bulkload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sorted runs of tuples on disk and their merge: what {@link IdTuples} falls back to when a load has more quads than a
 * quarter of the heap can hold, so the loader's memory stays bounded at any size.
 */
final class RunFiles {

    private static final int BUFFER = 1 << 20;

    private RunFiles() {}

    /** Writes the distinct tuples of a sorted array to a new file in {@code dir}. */
    static Path write(Path dir, long[] sorted, int width, int count) {
        try {
            Path file = Files.createTempFile(dir, "run-", ".ids");
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER);
                for (int i = 0; i < count; i++) {
                    if (i > 0 && IdTupleSort.compare(sorted, width, i, i - 1) == 0) {
                        continue;
                    }
                    if (buf.remaining() < width * Long.BYTES) {
                        drain(out, buf);
                    }
                    for (int k = 0; k < width; k++) {
                        buf.putLong(sorted[i * width + k]);
                    }
                }
                drain(out, buf);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a sorted run to " + dir, e);
        }
    }

    private static void drain(FileChannel out, ByteBuffer buf) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        buf.clear();
    }

    /** The distinct tuples of all runs, in order; the files are deleted when the cursor is closed. */
    static TupleCursor merge(List<Path> runs, int width) {
        List<Reader> readers = new ArrayList<>();
        for (Path run : runs) {
            readers.add(new Reader(run, width));
        }
        return new Merge(readers, width);
    }

    private static final class Merge implements TupleCursor {
        private final List<Reader> readers;
        private final long[] current;
        private boolean started;

        Merge(List<Reader> readers, int width) {
            this.readers = readers;
            this.current = new long[width];
            readers.forEach(Reader::advance);
        }

        @Override
        public boolean advance() {
            while (true) {
                Reader least = null;
                for (Reader r : readers) {
                    if (r.hasTuple && (least == null || Arrays.compare(r.tuple, least.tuple) < 0)) {
                        least = r;
                    }
                }
                if (least == null) {
                    return false;
                }
                boolean repeat = started && Arrays.equals(least.tuple, current);
                System.arraycopy(least.tuple, 0, current, 0, current.length);
                started = true;
                least.advance();
                if (!repeat) {
                    return true;
                }
            }
        }

        @Override
        public long[] current() {
            return current;
        }

        @Override
        public void close() {
            readers.forEach(Reader::close);
        }
    }

    private static final class Reader {
        private final Path file;
        private final FileChannel in;
        private final ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER);
        private final long[] tuple;
        private boolean hasTuple;

        Reader(Path file, int width) {
            this.file = file;
            this.tuple = new long[width];
            try {
                this.in = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sorted run " + file, e);
            }
            buf.flip();
        }

        void advance() {
            try {
                if (buf.remaining() < tuple.length * Long.BYTES) {
                    buf.compact();
                    while (buf.position() < tuple.length * Long.BYTES && in.read(buf) > 0) {
                        // fill until a whole tuple is there or the file ends
                    }
                    buf.flip();
                }
                hasTuple = buf.remaining() >= tuple.length * Long.BYTES;
                if (hasTuple) {
                    for (int k = 0; k < tuple.length; k++) {
                        tuple[k] = buf.getLong();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sorted run " + file, e);
            }
        }

        void close() {
            try {
                in.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the sorted run " + file, e);
            }
        }
    }
}
