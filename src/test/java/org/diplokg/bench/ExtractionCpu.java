package org.diplokg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.diplokg.extract.ArticleExtraction;
import org.diplokg.extract.ArticleFiles;
import org.diplokg.extract.ArticleInput;
import org.diplokg.extract.ExtractionGraph;
import org.diplokg.extract.ExtractionPipeline;
import org.diplokg.extract.Gazetteer;
import org.diplokg.extract.GazetteerLoader;
import org.diplokg.extract.ReferenceGazetteer;

/**
 * Extraction alone, without Spring or a store, for tuning the pipeline on a shared machine:
 * {@code time} reports articles per second of wall time and of this thread's CPU time (CPU time
 * barely moves when other processes compete for the core); {@code dump} writes every fact and the
 * extraction graph's triples of the seeds and both devset parts, so a speed-up can be proved not to
 * change the output (diff two dumps). The gazetteer is built from all of {@code data/}, as the
 * ingest benchmark's store would hold it.
 *
 * <pre>java -Xmx256m -XX:ActiveProcessorCount=1 -cp CP org.diplokg.bench.ExtractionCpu time SEEDS PROJECT [ROUNDS]
 * java -cp CP org.diplokg.bench.ExtractionCpu dump SEEDS PROJECT OUT</pre>
 */
public final class ExtractionCpu {

    private static final String BASE = "https://w3id.org/diplokg/";

    private ExtractionCpu() {}

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args[1]);
        Path project = Path.of(args[2]);
        Gazetteer gazetteer = ReferenceGazetteer.fromDirectory(project.resolve("data"), BASE);
        ExtractionPipeline pipeline = new ExtractionPipeline(BASE, gazetteer, GazetteerLoader.cities());
        if (args[0].equals("dump")) {
            dump(pipeline, new ExtractionGraph(BASE, gazetteer), seeds, project, Path.of(args[3]));
        } else {
            time(pipeline, seeds, args.length > 3 ? Integer.parseInt(args[3]) : 100);
        }
    }

    private static void time(ExtractionPipeline pipeline, Path seeds, int rounds) {
        List<ArticleInput> seedArticles = read(seeds);
        IngestThroughput.copies(seedArticles, 20, "warmup").forEach(pipeline::extract);
        List<ArticleInput> measured = IngestThroughput.copies(seedArticles, rounds, "run");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        measured.forEach(pipeline::extract);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(
                "%d articles: %.1f articles/s wall, %.1f articles/s CPU (%.2f ms CPU per article)%n",
                measured.size(), measured.size() / wall, measured.size() / cpu, cpu * 1000 / measured.size());
    }

    private static void dump(ExtractionPipeline pipeline, ExtractionGraph graphs, Path seeds, Path project, Path out)
            throws IOException {
        List<Path> files = new ArrayList<>(ArticleFiles.expand(List.of(seeds)));
        for (String part : List.of("dev", "test")) {
            try (Stream<Path> s =
                    Files.list(project.resolve("data/devset").resolve(part).resolve("articles"))) {
                files.addAll(s.sorted().toList());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Path f : files) {
            ArticleExtraction x = pipeline.extract(ArticleFiles.read(f, Long.MAX_VALUE));
            sb.append("== ").append(f.getFileName()).append('\n');
            for (RecordComponent c : ArticleExtraction.class.getRecordComponents()) {
                if (c.getName().equals("input") || c.getName().equals("text")) {
                    continue;
                }
                sb.append(c.getName()).append(": ").append(value(c, x)).append('\n');
            }
            Graph g = graphs.build(x, Instant.EPOCH).graph();
            List<String> triples = new ArrayList<>();
            for (Triple t : g.find().toList()) {
                triples.add(term(g, t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                        + term(g, t.getObject()));
            }
            triples.stream().sorted().forEach(t -> sb.append(t).append('\n'));
        }
        Files.writeString(out, sb);
        System.out.println(files.size() + " articles dumped to " + out);
    }

    /** A blank node by what it states (its labels differ run to run), other nodes as in N-Triples. */
    private static String term(Graph g, Node n) {
        if (!n.isBlank()) {
            return NodeFmtLib.strNT(n);
        }
        return g
                .find(n, Node.ANY, Node.ANY)
                .mapWith(t -> NodeFmtLib.strNT(t.getPredicate()) + " "
                        + (t.getObject().isBlank() ? "[]" : NodeFmtLib.strNT(t.getObject())))
                .toList()
                .stream()
                .sorted()
                .collect(java.util.stream.Collectors.joining("; ", "[", "]"));
    }

    private static Object value(RecordComponent c, ArticleExtraction x) {
        try {
            return c.getAccessor().invoke(x);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ArticleInput> read(Path seeds) {
        return ArticleFiles.expand(List.of(seeds)).stream()
                .map(f -> ArticleFiles.read(f, Long.MAX_VALUE))
                .toList();
    }
}
