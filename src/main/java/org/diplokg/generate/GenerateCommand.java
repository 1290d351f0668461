package org.diplokg.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate}: writes a synthetic diplomatic graph of a given size, so anyone can build the
 * benchmark stores (1 M, 10 M, 50 M triples) from a fresh clone and get the same bytes.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a deterministic synthetic diplomatic graph as gzipped N-Quads (same seed and size, same bytes).",
            "Reuses the countries, persons and posts of the data directory. Progress goes to stderr."
        })
public class GenerateCommand implements Callable<Integer> {

    /** The seed of the published benchmark figures. */
    public static final long DEFAULT_SEED = 20261128L;

    @Option(
            names = "--triples",
            required = true,
            paramLabel = "N",
            description = "About how many quads to write (stops after the article graph that reaches N)")
    long triples;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + DEFAULT_SEED,
            description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "Output file, e.g. synthetic-1m.nq.gz")
    Path output;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data",
            description = "Data directory whose countries, persons and posts are reused (default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() {
        if (triples < 1) {
            System.err.println("--triples must be at least 1");
            return 2;
        }
        long start = System.nanoTime();
        try {
            long n = SyntheticGraphWriter.write(
                    output,
                    triples,
                    seed,
                    data,
                    done -> System.err.printf(
                            Locale.ROOT, "... %,d quads (%.0f s)%n", done, (System.nanoTime() - start) / 1e9));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(
                    Locale.ROOT, "Wrote %,d quads to %s in %.1f s (%,.0f quads/s)%n", n, output, seconds, n / seconds);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
    }
}
