package org.diplokg.bulkload;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplokg.store.RdfSource;
import org.diplokg.store.StoreException;
import org.diplokg.store.engine.StoreStatistics;
import org.diplokg.validation.ShaclChangeValidator;
import org.diplokg.validation.ValidationFailedException;
import org.diplokg.validation.Violation;

/**
 * Fills an empty TDB2 store with one of Jena's bulk loaders, which build the indexes directly
 * instead of going through transactional inserts: the server's own write path validates and logs
 * every change, far too slowly for millions of quads. What the write path would guarantee is kept:
 * the files are parsed with the same graph conventions, the ontology graph is added, the result is
 * checked against the shapes ({@link ValidationMode}), and a refused load leaves the store empty.
 * Afterwards TDB2's statistics file is written so the query optimiser orders patterns by real counts;
 * the counts are taken while the quads stream in, not by a second pass over the store.
 */
public final class BulkLoader {

    private final Supplier<ShaclChangeValidator> validator;
    private final PrintStream log;

    /** {@code validator} is asked for only when a load is validated (parsing the shapes costs a second or two). */
    public BulkLoader(Supplier<ShaclChangeValidator> validator, PrintStream log) {
        this.validator = validator;
        this.log = log;
    }

    /** Whether {@code dir} holds no quads: absent, an empty directory, or a TDB2 store without data. */
    public static boolean isEmptyStore(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        try {
            return Txn.calculateRead(dsg, dsg::isEmpty);
        } finally {
            release(dsg);
        }
    }

    /** Loads {@code sources} plus {@code ontology} (into {@code ontologyGraph}) into the empty store at {@code dir}. */
    public BulkLoadReport load(
            Path dir,
            List<RdfSource> sources,
            Graph ontology,
            Node ontologyGraph,
            LoaderKind kind,
            ValidationMode mode) {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        try {
            SampledSubjects sample = new SampledSubjects(mode == ValidationMode.SAMPLE);
            StatsCollector stats = new StatsCollector();
            DataLoader loader =
                    kind.create(dsg, (fmt, args) -> log.println(String.format(Locale.ROOT, fmt, args)), dir);
            loader.startBulk();
            try {
                StreamRDF sink = loader.stream();
                ontology.find().forEachRemaining(t -> {
                    stats.record(null, t.getSubject(), t.getPredicate(), t.getObject());
                    sink.quad(Quad.create(ontologyGraph, t));
                });
                for (RdfSource source : sources) {
                    log.println("Loading " + source.file());
                    long fileStart = System.nanoTime();
                    source.parse(new GraphAssigningStream(
                            sink,
                            source.graphName(),
                            sample,
                            stats,
                            n -> log.printf(
                                    Locale.ROOT,
                                    "... %,d quads from %s (%,.0f quads/s)%n",
                                    n,
                                    source.file().getFileName(),
                                    n / ((System.nanoTime() - fileStart) / 1e9))));
                }
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e instanceof RiotException ? new StoreException("Cannot parse: " + e.getMessage(), e) : e;
            }
            long quads = loader.countQuads() + loader.countTriples();
            // a loader that wrote index files directly leaves this dataset object with their old state
            release(dsg);
            dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
            Duration loading = Duration.ofNanos(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            List<Violation> violations = validate(dsg, mode, sample);
            Duration validating = Duration.ofNanos(System.nanoTime() - t1);
            if (!violations.isEmpty()) {
                release(dsg);
                dsg = null;
                clear(dir);
                return new BulkLoadReport(0, loading, validating, Duration.ZERO, violations);
            }
            long t2 = System.nanoTime();
            StoreStatistics.write(dsg, stats);
            return new BulkLoadReport(quads, loading, validating, Duration.ofNanos(System.nanoTime() - t2), List.of());
        } finally {
            if (dsg != null) {
                release(dsg);
            }
        }
    }

    private List<Violation> validate(DatasetGraph dsg, ValidationMode mode, SampledSubjects sample) {
        if (mode == ValidationMode.OFF) {
            return List.of();
        }
        return Txn.calculateRead(dsg, () -> {
            Graph all = dsg.getUnionGraph();
            if (mode == ValidationMode.FULL) {
                return validator.get().validate(all);
            }
            try {
                validator.get().checkNodes(all, sample.subjects());
                return List.<Violation>of();
            } catch (ValidationFailedException e) {
                return e.violations();
            }
        });
    }

    private static void release(DatasetGraph dsg) {
        dsg.close();
        TDBInternal.expel(dsg);
    }

    /** Removes what a refused load wrote, so the store is empty again as it was before. */
    private static void clear(Path dir) {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).forEach(paths::add);
            for (Path p : paths) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir + " after a refused load", e);
        }
    }
}
