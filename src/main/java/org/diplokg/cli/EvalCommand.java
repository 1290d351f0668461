package org.diplokg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diplokg.extract.ArticleExtraction;
import org.diplokg.extract.ArticleFiles;
import org.diplokg.extract.Evaluation;
import org.diplokg.extract.ExtractionPipeline;
import org.diplokg.extract.Gazetteer;
import org.diplokg.extract.GazetteerLoader;
import org.diplokg.extract.ReferenceGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.diplokg.ontology.IriPolicy;

/** Scores the extraction pipeline against the hand-checked seed annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run the extraction pipeline on annotated articles and report precision, recall and F1 per fact type,",
                "with every miss and false hit. The pipeline knows only the reference data (not the annotations)."})
public class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "data/annotations/gold", description = "Gold lists (default: ${DEFAULT-VALUE})")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "../shared/seeds", description = "Where the annotated articles are (default: ${DEFAULT-VALUE})")
    Path articles;

    @Option(names = "--reference", paramLabel = "DIR", defaultValue = "data/reference", description = "Reference data the pipeline may know (default: ${DEFAULT-VALUE})")
    Path reference;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriPolicy.DEFAULT_BASE, description = "Base IRI of the gold lists")
    String base;

    @Option(names = "--details", description = "List misses and false hits")
    boolean details;

    @Option(names = "--json", description = "Print the scores as JSON")
    boolean json;

    @Override
    public Integer call() {
        try {
            Gazetteer gazetteer = ReferenceGazetteer.fromDirectory(reference, base);
            ExtractionPipeline pipeline = new ExtractionPipeline(base, gazetteer, GazetteerLoader.cities());
            Evaluation evaluation = new Evaluation();
            JsonMapper mapper = JsonMapper.builder().build();
            List<Path> goldFiles;
            try (Stream<Path> s = Files.list(gold)) {
                goldFiles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path g : goldFiles) {
                JsonNode node = mapper.readTree(g.toFile());
                String name = node.get("article").asString();
                Path article = articles.resolve(name);
                if (!Files.isRegularFile(article)) {
                    System.err.println("Article not found for " + g.getFileName() + ": " + article);
                    return 2;
                }
                ArticleExtraction x = pipeline.extract(ArticleFiles.read(article, Long.MAX_VALUE));
                evaluation.add(name, node, x);
            }
            print(evaluation, goldFiles.size(), mapper);
            return 0;
        } catch (IOException | RuntimeException e) {
            return CliErrors.report(e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e);
        }
    }

    private void print(Evaluation evaluation, int articleCount, JsonMapper mapper) {
        if (json) {
            var out = new java.util.LinkedHashMap<String, Object>();
            for (Map.Entry<String, Evaluation.Score> e : evaluation.scores().entrySet()) {
                Evaluation.Score s = e.getValue();
                out.put(e.getKey(), Map.of("precision", s.precision(), "recall", s.recall(), "f1", s.f1(), "truePositives", s.truePositives(),
                        "falsePositives", s.falsePositives(), "falseNegatives", s.falseNegatives(), "misses", s.misses(), "falseHits", s.falseHits()));
            }
            System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return;
        }
        System.out.printf("Evaluation on %d annotated article(s)%n", articleCount);
        System.out.printf("%-18s %5s %5s %5s %9s %7s %6s%n", "fact type", "TP", "FP", "FN", "precision", "recall", "F1");
        for (Map.Entry<String, Evaluation.Score> e : evaluation.scores().entrySet()) {
            Evaluation.Score s = e.getValue();
            if (s.truePositives() + s.falsePositives() + s.falseNegatives() == 0) {
                System.out.printf("%-18s %5d %5d %5d %9s %7s %6s   (no gold facts and none found)%n", e.getKey(), 0, 0, 0, "n/a", "n/a", "n/a");
                continue;
            }
            System.out.printf("%-18s %5d %5d %5d %9.3f %7.3f %6.3f%n", e.getKey(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                    s.precision(), s.recall(), s.f1());
        }
        if (details) {
            for (Map.Entry<String, Evaluation.Score> e : evaluation.scores().entrySet()) {
                e.getValue().misses().forEach(m -> System.out.println("MISS      " + e.getKey() + "  " + m));
                e.getValue().falseHits().forEach(m -> System.out.println("FALSE HIT " + e.getKey() + "  " + m));
            }
        }
    }
}
