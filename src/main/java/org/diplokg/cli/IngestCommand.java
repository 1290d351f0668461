package org.diplokg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplokg.extract.ArticleDecoder;
import org.diplokg.extract.ArticleFiles;
import org.diplokg.extract.ArticleIngestion;
import org.diplokg.extract.ArticleInput;
import org.diplokg.extract.ExtractProperties;
import org.diplokg.extract.IngestReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Reads news articles into the graph, one named graph per article. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Extract facts from Vietnamese news articles (.txt, .html; directories are walked) into the store,",
            "one named graph per article with evidence for every fact. Re-ingesting the same file changes nothing;",
            "a changed file replaces its graph. Files that are not articles are reported and skipped.",
            "With --feed: reads RSS 2.0, Atom, sitemaps and sitemap indexes, fetches each item's page politely",
            "(robots.txt, per-host delay, conditional GET) and safely (http/https only, no private addresses",
            "unless --allow-host, size and time limits), and ingests the article. See docs/feeds.md.",
            "Exit codes: 0 all ingested, 4 some files/items refused or failed, 5 the store failed (re-run to continue)."
        })
public class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Article files or directories")
    List<Path> paths;

    @picocli.CommandLine.Option(
            names = "--feed",
            paramLabel = "URL",
            description = "RSS, Atom, sitemap or sitemap index to read (repeatable)")
    List<java.net.URI> feeds;

    @picocli.CommandLine.Option(
            names = "--max-items",
            paramLabel = "N",
            defaultValue = "100",
            description = "Items read per feed (default: ${DEFAULT-VALUE})")
    int maxItems;

    @picocli.CommandLine.Option(
            names = "--allow-host",
            paramLabel = "HOST",
            description =
                    "Host that may resolve to a loopback/private address (repeatable; e.g. 127.0.0.1 for a local mirror)")
    List<String> allowHosts;

    @picocli.CommandLine.Option(
            names = "--host-delay",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Pause between two requests to one host (default 2s, e.g. 500ms, 0s)")
    java.time.Duration hostDelay;

    @picocli.CommandLine.Option(
            names = "--read-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Time allowed for one whole answer (default 20s)")
    java.time.Duration readTimeout;

    /** Reads 2s, 500ms, 1m or an ISO-8601 duration. */
    static final class DurationConverter implements picocli.CommandLine.ITypeConverter<java.time.Duration> {
        @Override
        public java.time.Duration convert(String value) {
            return org.springframework.boot.convert.DurationStyle.detectAndParse(value);
        }
    }

    @picocli.CommandLine.Option(
            names = "--batch",
            paramLabel = "N",
            defaultValue = "100",
            description =
                    "Articles written per transaction (default: ${DEFAULT-VALUE}); a refused batch is retried article by article")
    int batch;

    @Override
    public Integer call() {
        if (feeds != null && !feeds.isEmpty()) {
            return feeds();
        }
        if (paths == null || paths.isEmpty()) {
            System.err.println("Give article files or directories, or --feed URL");
            return 2;
        }
        List<Path> files;
        try {
            files = ArticleFiles.expand(paths);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext ctx = OfflineContext.offline(storeOptions.springArgs(), true)) {
            ArticleIngestion ingestion = ctx.getBean(ArticleIngestion.class);
            long maxBytes =
                    ctx.getBean(ExtractProperties.class).maxArticleSize().toBytes();
            if (batch < 1) {
                System.err.println("--batch must be at least 1");
                return 2;
            }
            List<String> rejected = new ArrayList<>();
            long start = System.nanoTime();
            for (int from = 0; from < files.size(); from += batch) {
                List<Path> chunk = files.subList(from, Math.min(files.size(), from + batch));
                List<ArticleInput> inputs = new ArrayList<>();
                java.util.Map<ArticleInput, Path> origin = new java.util.IdentityHashMap<>();
                for (Path f : chunk) {
                    try {
                        ArticleInput in = ArticleFiles.read(f, maxBytes);
                        inputs.add(in);
                        origin.put(in, f);
                    } catch (ArticleDecoder.BadArticleException e) {
                        rejected.add(f + ": " + e.getMessage());
                        System.err.println("rejected  " + f + ": " + e.getMessage());
                    }
                }
                List<ArticleIngestion.Outcome> outcomes;
                try {
                    outcomes = ingestion.ingestAll(inputs);
                } catch (org.diplokg.store.StoreException e) {
                    System.err.printf(
                            "failed    batch of %d article(s) from %s: %s%n",
                            chunk.size(), chunk.get(0), e.getMessage());
                    System.err.println("          articles reported above are stored; this batch and the rest are not."
                            + " Re-run the same command to continue: stored articles are skipped as unchanged.");
                    return 5;
                }
                for (ArticleIngestion.Outcome o : outcomes) {
                    Path f = origin.get(o.input());
                    if (o.error() != null) {
                        rejected.add(f + ": " + o.error().getMessage());
                        System.err.println("rejected  " + f + ": " + o.error().getMessage());
                        continue;
                    }
                    IngestReport r = o.report();
                    System.out.printf("%-9s %s -> %s %s%n", r.status(), f, r.graph(), summary(r.facts()));
                    if (!r.unresolvedDates().isEmpty()) {
                        System.out.printf(
                                "          no publication date: %d date(s) left unresolved %s%n",
                                r.unresolvedDates().size(), r.unresolvedDates());
                    }
                }
            }
            System.err.printf(
                    "Ingested %d of %d article(s) in %d ms%n",
                    files.size() - rejected.size(), files.size(), (System.nanoTime() - start) / 1_000_000);
            return rejected.isEmpty() ? 0 : 4;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }

    private Integer feeds() {
        if (paths != null && !paths.isEmpty()) {
            System.err.println("Give either article files or --feed URLs, not both");
            return 2;
        }
        if (maxItems < 1) {
            System.err.println("--max-items must be at least 1");
            return 2;
        }
        List<String> args = new ArrayList<>(storeOptions.springArgs());
        args.addAll(FeedIngest.springArgs(allowHosts, hostDelay, readTimeout));
        try (ConfigurableApplicationContext ctx = OfflineContext.offline(args, true)) {
            return FeedIngest.run(ctx, feeds, maxItems);
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }

    private static String summary(Map<String, Integer> facts) {
        StringBuilder s = new StringBuilder();
        facts.forEach((k, v) -> {
            if (v > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(v).append(' ').append(k);
            }
        });
        return "(" + s + ")";
    }
}
