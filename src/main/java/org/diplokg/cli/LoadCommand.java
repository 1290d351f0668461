package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplokg.bulkload.BulkLoader;
import org.diplokg.bulkload.LoaderKind;
import org.diplokg.bulkload.ValidationMode;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.LoadReport;
import org.diplokg.store.RdfSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Loads RDF files into the store: into an empty embedded store with Jena's TDB2 bulk loader (see
 * {@link BulkLoader}), into a populated one in one validated transaction that extends it.
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Load RDF files or directories (.ttl .nt .trig .nq .jsonld .rdf, each optionally .gz) into the store.",
            "Turtle/N-Triples/RDF-XML/JSON-LD files go to one named graph each (graph/<path>),",
            "TriG and N-Quads keep their own graphs. An empty store given with --store is filled by a TDB2",
            "bulk loader, then checked (--validate) and left empty again if anything violates the shapes;",
            "a populated store is extended in one transaction, refused whole if anything violates them."
        })
public class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(
            names = "--graph",
            paramLabel = "IRI",
            description = "Graph for triple files (default: derived from the file path)")
    String graph;

    @Option(
            names = "--validate",
            paramLabel = "MODE",
            defaultValue = "full",
            description =
                    "Bulk load into an empty store: full, sample (about 1 subject in 64) or off (default: ${DEFAULT-VALUE})")
    String validate;

    @Option(
            names = "--loader",
            paramLabel = "KIND",
            defaultValue = "auto",
            description =
                    "Bulk loader for an empty store: auto (= sorted), sorted, parallel, phased or sequential (default: ${DEFAULT-VALUE})")
    String loader;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to load")
    List<Path> files;

    @Override
    public Integer call() {
        if (storeOptions.store != null
                && storeOptions.remoteQueryUrl == null
                && BulkLoader.isEmptyStore(storeOptions.store)) {
            ValidationMode mode;
            LoaderKind kind;
            try {
                mode = ValidationMode.valueOf(validate.toUpperCase(java.util.Locale.ROOT));
                kind = LoaderKind.valueOf(loader.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                System.err.println(
                        "--validate is full, sample or off; --loader is auto, sorted, parallel, phased or sequential");
                return 2;
            }
            return new BulkLoadRun(storeOptions, files, graph).run(mode, kind);
        }
        try (ConfigurableApplicationContext ctx = OfflineContext.offline(storeOptions.springArgs(), false)) {
            String base = ctx.getBean(IriPolicy.class).baseIri();
            List<RdfSource> sources = BulkLoadRun.sources(files, graph, base);
            if (sources == null) {
                return 2;
            }
            KnowledgeStore store = ctx.getBean(KnowledgeStore.class);
            LoadReport report = store.load(sources, n -> System.err.printf("... %,d quads%n", n));
            System.err.printf(
                    "Loaded %,d quads from %d file(s) in %d ms%n",
                    report.quads(), report.files(), report.elapsed().toMillis());
            return 0;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }
}
