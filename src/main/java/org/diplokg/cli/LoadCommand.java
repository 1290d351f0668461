package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.LoadReport;
import org.diplokg.store.RdfSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Loads RDF files into the store in one validated transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load RDF files or directories into the store in one transaction.",
                "Turtle/N-Triples/RDF-XML/JSON-LD files go to one named graph each (graph/<path>),",
                "TriG and N-Quads keep their own graphs. The load is validated against the shapes",
                "and refused whole if anything violates them."})
public class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--graph", paramLabel = "IRI", description = "Graph for triple files (default: derived from the file path)")
    String graph;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to load")
    List<Path> files;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OfflineContext.offline(storeOptions.springArgs(), false)) {
            String base = ctx.getBean(IriPolicy.class).baseIri();
            List<RdfSource> sources = new ArrayList<>();
            for (Path f : files) {
                if (Files.isDirectory(f)) {
                    sources.addAll(RdfFiles.underDirectory(f, base));
                } else if (Files.isRegularFile(f)) {
                    sources.add(RdfFiles.single(f, graph, base));
                } else {
                    System.err.println("No such file: " + f);
                    return 2;
                }
            }
            KnowledgeStore store = ctx.getBean(KnowledgeStore.class);
            LoadReport report = store.load(sources, n -> System.err.printf("... %,d quads%n", n));
            System.err.printf("Loaded %,d quads from %d file(s) in %d ms%n", report.quads(), report.files(), report.elapsed().toMillis());
            return 0;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }
}
