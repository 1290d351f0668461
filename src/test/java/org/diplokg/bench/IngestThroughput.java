package org.diplokg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.DiploKgApplication;
import org.diplokg.extract.ArticleFiles;
import org.diplokg.extract.ArticleIngestion;
import org.diplokg.extract.ArticleInput;
import org.diplokg.extract.ExtractionPipeline;
import org.diplokg.extract.GazetteerLoader;
import org.diplokg.store.KnowledgeStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingestion throughput (bench/run.sh ingest): the five seed articles repeated under distinct URLs,
 * each copy made a distinct article by a numbered last line, so every one is a new article graph, through the real write path (extraction, SHACL validation,
 * TDB2 commit) after a warm-up; plus extraction alone. Run in its own JVM with -Xmx256m and one
 * active processor; reports articles per second and the peak heap of the run.
 */
public final class IngestThroughput {

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        Path project = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path store = Files.createTempDirectory("diplokg-bench-ingest-");
        List<ArticleInput> seedArticles = ArticleFiles.expand(List.of(seeds)).stream()
                .map(f -> ArticleFiles.read(f, Long.MAX_VALUE))
                .toList();
        SpringApplication app = new SpringApplication(DiploKgApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext ctx = app.run(
                "--diplokg.store.location=" + store,
                "--diplokg.data.directory=" + project.resolve("data"),
                "--logging.level.root=WARN",
                "--logging.level.org.diplokg=WARN")) {
            ArticleIngestion ingestion = ctx.getBean(ArticleIngestion.class);
            KnowledgeStore kstore = ctx.getBean(KnowledgeStore.class);
            List<ArticleInput> warmup = copies(seedArticles, 10, "warmup");
            List<ArticleInput> measured = copies(seedArticles, rounds, "run");
            warmup.forEach(ingestion::ingest);
            ExtractionPipeline pipeline = new ExtractionPipeline(
                    "https://w3id.org/diplokg/",
                    GazetteerLoader.fromStore(kstore, "https://w3id.org/diplokg/"),
                    GazetteerLoader.cities());
            long t0 = System.nanoTime();
            for (ArticleInput a : measured) {
                pipeline.extract(a);
            }
            double extractSeconds = (System.nanoTime() - t0) / 1e9;
            resetPeaks();
            long t1 = System.nanoTime();
            for (ArticleInput a : measured) {
                ingestion.ingest(a);
            }
            double ingestSeconds = (System.nanoTime() - t1) / 1e9;
            List<ArticleInput> batched = copies(seedArticles, rounds, "batch");
            long t2 = System.nanoTime();
            for (int from = 0; from < batched.size(); from += 100) {
                ingestion.ingestAll(batched.subList(from, Math.min(batched.size(), from + 100)));
            }
            double batchSeconds = (System.nanoTime() - t2) / 1e9;
            long peak = peakHeap();
            String report = """
                    # Ingestion throughput

                    %d articles (the five seeds repeated, each copy a distinct text and URL), one active processor, max heap %d MiB, after a warm-up of %d articles.

                    | stage | articles/s |
                    |---|---|
                    | extraction only | %.1f |
                    | full ingest, one transaction per article (as POST /api/articles) | %.1f |
                    | full ingest, 100 articles per transaction (as the ingest command) | %.1f |

                    Full ingest = extract, build the graph, SHACL-validate the changed nodes against the whole store, commit to TDB2.
                    Peak heap during the two full-ingest runs: %d MiB. Store after the run: %,d quads.
                    """.formatted(
                            measured.size(),
                            Runtime.getRuntime().maxMemory() >> 20,
                            warmup.size(),
                            measured.size() / extractSeconds,
                            measured.size() / ingestSeconds,
                            batched.size() / batchSeconds,
                            peak >> 20,
                            kstore.size());
            Path out = project.resolve("target/bench/ingest.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        }
    }

    /** The seeds {@code rounds} times, each copy a distinct text and URL (also for {@link ExtractionCpu}). */
    static List<ArticleInput> copies(List<ArticleInput> seeds, int rounds, String tag) {
        List<ArticleInput> out = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (ArticleInput a : seeds) {
                // a distinct last line makes each copy a distinct article (its own SHA-256), as in a real news feed
                out.add(new ArticleInput(
                        null,
                        a.text() + "\n\nBản tin " + tag + " số " + r + ".\n",
                        "https://bench.invalid/" + tag + "/" + r + "/" + a.fileName(),
                        null,
                        null,
                        null));
            }
        }
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
