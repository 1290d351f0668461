package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.bulkload.BulkLoadReport;
import org.diplokg.bulkload.BulkLoader;
import org.diplokg.bulkload.LoaderKind;
import org.diplokg.bulkload.ValidationMode;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.ontology.OntologyFiles;
import org.diplokg.store.RdfSource;
import org.diplokg.validation.ShaclChangeValidator;
import org.diplokg.validation.Violation;

/**
 * {@code load} into an empty embedded store, without starting the application: the whole process
 * is what users compare with {@code tdb2.tdbloader}, so it does only parsing, loading, the shapes
 * check and the statistics. The ontology graph is added as the server's start-up would add it.
 */
final class BulkLoadRun {

    private static final String DEFAULT_BASE = "https://w3id.org/diplokg/";

    private final StoreOptions storeOptions;
    private final List<Path> files;
    private final String graph;

    BulkLoadRun(StoreOptions storeOptions, List<Path> files, String graph) {
        this.storeOptions = storeOptions;
        this.files = files;
        this.graph = graph;
    }

    int run(ValidationMode mode, LoaderKind kind) {
        long start = System.nanoTime();
        String base = storeOptions.base != null ? storeOptions.base : DEFAULT_BASE;
        try {
            List<RdfSource> sources = sources(files, graph, base);
            if (sources == null) {
                return 2;
            }
            OntologyFiles ontology = new OntologyFiles();
            BulkLoader loader = new BulkLoader(() -> new ShaclChangeValidator(ontology.shapes()), System.err);
            System.err.printf(
                    Locale.ROOT,
                    "Empty store %s: bulk load with the %s loader, validation %s%n",
                    storeOptions.store,
                    kind.resolved().name().toLowerCase(Locale.ROOT),
                    mode.name().toLowerCase(Locale.ROOT));
            BulkLoadReport report = loader.load(
                    storeOptions.store,
                    sources,
                    ontology.combined(),
                    NodeFactory.createURI(base + "graph/ontology"),
                    kind,
                    mode);
            double total = (System.nanoTime() - start) / 1e9;
            if (report.refused()) {
                for (Violation v : report.violations()
                        .subList(0, Math.min(20, report.violations().size()))) {
                    System.out.println(v);
                }
                System.err.printf(
                        Locale.ROOT,
                        "Refused: %d violation(s) of the shapes (validation %.1f s); the store was left empty%n",
                        report.violations().size(),
                        seconds(report.validating()));
                return 3;
            }
            System.err.printf(
                    Locale.ROOT,
                    "Loaded %,d quads from %d file(s) in %.1f s (%,.0f quads/s); validation (%s) %.1f s, statistics %.1f s, total %.1f s%n",
                    report.quads(),
                    sources.size(),
                    seconds(report.loading()),
                    report.quads() / seconds(report.loading()),
                    mode.name().toLowerCase(Locale.ROOT),
                    seconds(report.validating()),
                    seconds(report.statistics()),
                    total);
            return 0;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }

    /** The files and directories to load as sources, or null (after saying which) when one does not exist. */
    static List<RdfSource> sources(List<Path> files, String graph, String base) {
        List<RdfSource> sources = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                sources.addAll(RdfFiles.underDirectory(f, base));
            } else if (Files.isRegularFile(f)) {
                sources.add(RdfFiles.single(f, graph, base));
            } else {
                System.err.println("No such file: " + f);
                return null;
            }
        }
        return sources;
    }

    private static double seconds(java.time.Duration d) {
        return Math.max(1e-3, d.toNanos() / 1e9);
    }
}
