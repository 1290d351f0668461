package org.diplokg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.LoadProgress;
import org.diplokg.store.TdbKnowledgeStore;

/**
 * Builds the ~10 M-triple benchmark store once (reused while {@code DIR/complete} exists): generates
 * the synthetic N-Quads ({@link SyntheticData}), bulk-loads them with the TDB2 phased loader — no
 * SHACL validation on this path — then adds the project's {@code data/} through the normal store
 * load (validator off, as the data is validated by the test suite).
 *
 * <p>{@code java ... org.diplokg.bench.ScaleStore STORE_DIR TRIPLES [DATA_DIR]}
 */
public final class ScaleStore {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long triples = Long.parseLong(args[1]);
        Path data = Path.of(args.length > 2 ? args[2] : "data");
        Path marker = dir.resolve("complete");
        if (Files.exists(marker)) {
            System.out.println("Benchmark store ready: " + dir + " ("
                    + Files.readString(marker).strip() + ")");
            return;
        }
        Path tdb = dir.resolve("tdb2");
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tdb);
        Path nq = dir.resolve("synthetic.nq.gz");
        long t0 = System.nanoTime();
        long generated = SyntheticData.write(nq, triples, data);
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "generated %,d quads in %.1f s%n", generated, genSeconds);
        long t1 = System.nanoTime();
        DatasetGraph dsg = TDB2Factory.connectDataset(tdb.toString()).asDatasetGraph();
        DataLoader loader =
                LoaderFactory.phasedLoader(dsg, (fmt, a) -> System.out.println(String.format(Locale.ROOT, fmt, a)));
        loader.startBulk();
        try {
            loader.load(List.of(nq.toString()));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double loadSeconds = (System.nanoTime() - t1) / 1e9;
        dsg.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        long size;
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(tdb, ChangeValidator.NONE, true)) {
            store.load(RdfFiles.underDirectory(data, SyntheticData.BASE), LoadProgress.NONE);
            size = store.size();
        }
        String note = String.format(
                Locale.ROOT,
                "%,d quads: %,d synthetic generated in %.1f s, bulk-loaded in %.1f s (%.0f quads/s, no SHACL), plus data/",
                size,
                generated,
                genSeconds,
                loadSeconds,
                generated / loadSeconds);
        Files.writeString(marker, note + "\n");
        System.out.println(note);
    }
}
