package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.ontology.OntologyFiles;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.RdfSource;
import org.diplokg.validation.ShaclChangeValidator;
import org.diplokg.validation.Violation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Validates files, or the whole store, against the SHACL shapes. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validate RDF files (merged with the ontology) or, with no files, the whole store,",
            "against ontology/shapes.ttl. Exit code 3 when there are violations."
        })
public class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files or directories; none = the store")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OfflineContext.offline(storeOptions.springArgs(), files.isEmpty())) {
            ShaclChangeValidator validator = ctx.getBean(ShaclChangeValidator.class);
            Graph data = files.isEmpty() ? storeUnion(ctx.getBean(KnowledgeStore.class)) : filesUnion(ctx);
            List<Violation> violations = validator.validate(data);
            for (Violation v : violations) {
                System.out.println(v);
            }
            System.out.printf("%d violation(s) in %,d triples%n", violations.size(), data.size());
            return violations.isEmpty() ? 0 : 3;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }

    private static Graph storeUnion(KnowledgeStore store) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        store.export(StreamRDFLib.dataset(copy));
        return union(copy);
    }

    private Graph filesUnion(ConfigurableApplicationContext ctx) {
        String base = ctx.getBean(IriPolicy.class).baseIri();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        ctx.getBean(OntologyFiles.class).combined().find().forEachRemaining(dsg.getDefaultGraph()::add);
        for (Path f : files) {
            List<RdfSource> sources =
                    Files.isDirectory(f) ? RdfFiles.underDirectory(f, base) : List.of(RdfFiles.single(f, null, base));
            for (RdfSource s : sources) {
                try {
                    s.parse(dsg);
                } catch (RiotException e) {
                    throw new IllegalArgumentException("Cannot parse " + s.file() + ": " + e.getMessage(), e);
                }
            }
        }
        return union(dsg);
    }

    private static Graph union(DatasetGraph dsg) {
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }
}
