package org.diplokg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.sparql.ResultFormat;
import org.diplokg.sparql.ResultWriter;
import org.diplokg.store.KnowledgeStore;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the dataset (or one graph) to a file or standard output. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the whole dataset, or one graph, as TriG, N-Quads, JSON-LD or Turtle.")
public class ExportCommand implements Callable<Integer> {

    enum Format {
        trig,
        nquads,
        jsonld,
        turtle
    }

    @Mixin
    StoreOptions storeOptions;

    @Option(
            names = "--format",
            defaultValue = "trig",
            description = "trig, nquads, jsonld or turtle (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this graph")
    String graph;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output")
    Path output;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OfflineContext.offline(storeOptions.springArgs(), true);
                OutputStream out = new BufferedOutputStream(
                        output == null ? System.out : Files.newOutputStream(output), 1 << 16)) {
            KnowledgeStore store = ctx.getBean(KnowledgeStore.class);
            if (graph != null) {
                var g = store.graph(NodeFactory.createURI(graph)).orElse(null);
                if (g == null) {
                    System.err.println("No such graph: " + graph);
                    return 2;
                }
                ResultFormat rf = switch (format) {
                    case trig -> ResultFormat.TRIG;
                    case nquads -> ResultFormat.NQUADS;
                    case jsonld -> ResultFormat.JSONLD;
                    case turtle -> ResultFormat.TURTLE;
                };
                ctx.getBean(ResultWriter.class).writeGraph(g, rf, out);
            } else if (format == Format.jsonld) {
                ctx.getBean(org.diplokg.linkeddata.DumpService.class)
                        .write(org.diplokg.linkeddata.DumpService.DumpFormat.JSONLD, out);
            } else if (format == Format.turtle) {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                store.export(StreamRDFLib.dataset(copy));
                // Turtle has no graphs: the union of all of them
                RDFDataMgr.write(out, copy.getUnionGraph(), Lang.TURTLE);
            } else {
                StreamRDF writer = StreamRDFWriter.getWriterStream(
                        out, format == Format.trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
                store.export(writer);
            }
            return 0;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        } catch (IOException e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
    }
}
