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
import org.diplokg.ontology.IriPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the extraction pipeline against hand-checked annotations: the five seed articles, or the
 * development set's dev or held-out test part ({@code --set}), so a rule change is measured on text
 * it was not written against.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Run the extraction pipeline on annotated articles and report precision, recall and F1 per fact type,",
            "with every miss and false hit. The pipeline knows only the reference data (not the annotations)."
        })
public class EvalCommand implements Callable<Integer> {

    @Option(
            names = "--set",
            paramLabel = "NAME",
            defaultValue = "seeds",
            description =
                    "Annotated set: seeds (data/annotations/gold over ../shared/seeds), dev or test (data/devset/<set>/{gold,articles}); default: ${DEFAULT-VALUE}")
    String set;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold lists (overrides --set)")
    Path gold;

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            description = "Where the annotated articles are (overrides --set)")
    Path articles;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the scores as JSON to FILE")
    Path out;

    @Option(
            names = "--reference",
            paramLabel = "DIR",
            defaultValue = "data/reference",
            description = "Reference data the pipeline may know (default: ${DEFAULT-VALUE})")
    Path reference;

    @Option(
            names = "--base",
            paramLabel = "IRI",
            defaultValue = IriPolicy.DEFAULT_BASE,
            description = "Base IRI of the gold lists")
    String base;

    @Option(
            names = "--without-teasers",
            description = "Leave out facts the gold lists mark as stated only by linked-story teasers")
    boolean withoutTeasers;

    @Option(names = "--details", description = "List misses and false hits")
    boolean details;

    @Option(names = "--json", description = "Print the scores as JSON")
    boolean json;

    @Override
    public Integer call() {
        Path[] dirs = dirs();
        if (dirs == null) {
            System.err.println("Unknown set '" + set + "': use seeds, dev or test");
            return 2;
        }
        Path goldDir = dirs[0];
        Path articleDir = dirs[1];
        try {
            Gazetteer gazetteer = ReferenceGazetteer.fromDirectory(reference, base);
            ExtractionPipeline pipeline = new ExtractionPipeline(base, gazetteer, GazetteerLoader.cities());
            Evaluation evaluation = new Evaluation(!withoutTeasers);
            JsonMapper mapper = JsonMapper.builder().build();
            List<Path> goldFiles;
            try (Stream<Path> s = Files.list(goldDir)) {
                goldFiles =
                        s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path g : goldFiles) {
                JsonNode node = mapper.readTree(g.toFile());
                String name = node.get("article").asString();
                Path article = articleDir.resolve(name);
                if (!Files.isRegularFile(article)) {
                    System.err.println("Article not found for " + g.getFileName() + ": " + article);
                    return 2;
                }
                ArticleExtraction x = pipeline.extract(ArticleFiles.read(article, Long.MAX_VALUE));
                evaluation.add(name, node, x);
            }
            print(evaluation, goldFiles.size(), mapper);
            if (out != null) {
                Files.writeString(out, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(asJson(evaluation)));
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return CliErrors.report(
                    e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e);
        }
    }

    private Path[] dirs() {
        Path g;
        Path a;
        switch (set) {
            case "seeds" -> {
                g = Path.of("data/annotations/gold");
                a = Path.of(System.getProperty("diplokg.seeds", "../shared/seeds"));
            }
            case "dev", "test" -> {
                g = Path.of("data/devset", set, "gold");
                a = Path.of("data/devset", set, "articles");
            }
            default -> {
                return null;
            }
        }
        return new Path[] {gold != null ? gold : g, articles != null ? articles : a};
    }

    private static Map<String, Object> asJson(Evaluation evaluation) {
        var out = new java.util.LinkedHashMap<String, Object>();
        for (Map.Entry<String, Evaluation.Score> e : evaluation.scores().entrySet()) {
            Evaluation.Score s = e.getValue();
            out.put(
                    e.getKey(),
                    Map.of(
                            "articles",
                            s.articles(),
                            "precision",
                            s.precision(),
                            "recall",
                            s.recall(),
                            "f1",
                            s.f1(),
                            "truePositives",
                            s.truePositives(),
                            "falsePositives",
                            s.falsePositives(),
                            "falseNegatives",
                            s.falseNegatives(),
                            "misses",
                            s.misses(),
                            "falseHits",
                            s.falseHits()));
        }
        return out;
    }

    private void print(Evaluation evaluation, int articleCount, JsonMapper mapper) {
        if (json) {
            System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(asJson(evaluation)));
            return;
        }
        System.out.printf("Evaluation on %d annotated article(s)%n", articleCount);
        System.out.printf(
                "%-17s %5s %5s %5s %9s %7s %6s%n", "fact type", "TP", "FP", "FN", "precision", "recall", "F1");
        for (Map.Entry<String, Evaluation.Score> e : evaluation.scores().entrySet()) {
            Evaluation.Score s = e.getValue();
            if (s.articles() == 0) {
                System.out.printf(
                        "%-17s %5s %5s %5s %9s %7s %6s   (not annotated in this set)%n",
                        e.getKey(), "-", "-", "-", "n/a", "n/a", "n/a");
                continue;
            }
            if (s.truePositives() + s.falsePositives() + s.falseNegatives() == 0) {
                System.out.printf(
                        "%-17s %5d %5d %5d %9s %7s %6s   (no gold facts and none found)%n",
                        e.getKey(), 0, 0, 0, "n/a", "n/a", "n/a");
                continue;
            }
            System.out.printf(
                    "%-17s %5d %5d %5d %9.3f %7.3f %6.3f%n",
                    e.getKey(),
                    s.truePositives(),
                    s.falsePositives(),
                    s.falseNegatives(),
                    s.precision(),
                    s.recall(),
                    s.f1());
        }
        if (details) {
            for (Map.Entry<String, Evaluation.Score> e : evaluation.scores().entrySet()) {
                e.getValue().misses().forEach(m -> System.out.println("MISS      " + e.getKey() + "  " + m));
                e.getValue().falseHits().forEach(m -> System.out.println("FALSE HIT " + e.getKey() + "  " + m));
            }
        }
    }
}
