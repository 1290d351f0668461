package org.diplokg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.diplokg.generate.GenerateCommand;
import org.diplokg.generate.SyntheticGraphWriter;

/**
 * Benchmark entry to the product's synthetic graph ({@link SyntheticGraphWriter}, CLI {@code generate})
 * with the seed of the published figures.
 *
 * <p>{@code java ... org.diplokg.bench.SyntheticData OUT.nq.gz TRIPLES [DATA_DIR]}
 */
public final class SyntheticData {

    static final String BASE = "https://w3id.org/diplokg/";

    private SyntheticData() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        long triples = Long.parseLong(args[1]);
        Path data = Path.of(args.length > 2 ? args[2] : "data");
        long start = System.nanoTime();
        long n = write(target, triples, data);
        System.out.printf(Locale.ROOT, "%,d quads in %s (%.1f s)%n", n, target, (System.nanoTime() - start) / 1e9);
    }

    /** Writes about {@code triples} quads (stops after the first article graph at or past it); returns the count. */
    public static long write(Path target, long triples, Path data) throws IOException {
        return SyntheticGraphWriter.write(target, triples, GenerateCommand.DEFAULT_SEED, data, n -> {});
    }
}
