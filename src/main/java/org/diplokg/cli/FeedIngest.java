package org.diplokg.cli;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.feed.FeedCrawler;
import org.diplokg.feed.FeedRun;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingest --feed URL ...}: one crawl per feed through the offline application context,
 * each item reported on stderr with the running counts, a summary at the end. Exit codes as
 * {@code ingest}: 0 all read, 4 some items or feeds failed, 5 the store failed.
 */
final class FeedIngest {

    private FeedIngest() {}

    static List<String> springArgs(List<String> allowHosts, Duration hostDelay, Duration readTimeout) {
        List<String> args = new ArrayList<>();
        if (allowHosts != null && !allowHosts.isEmpty()) {
            args.add("--diplokg.feeds.allow-hosts=" + String.join(",", allowHosts));
        }
        if (hostDelay != null) {
            args.add("--diplokg.feeds.host-delay=" + hostDelay.toMillis() + "ms");
        }
        if (readTimeout != null) {
            args.add("--diplokg.feeds.read-timeout=" + readTimeout.toMillis() + "ms");
        }
        return args;
    }

    static int run(ConfigurableApplicationContext ctx, List<URI> feeds, int maxItems) {
        FeedCrawler crawler = ctx.getBean(FeedCrawler.class);
        long start = System.nanoTime();
        int[] totals = new int[6];
        boolean ok = true;
        for (URI feed : feeds) {
            System.err.println("feed      " + feed);
            int[] counts = new int[6];
            FeedRun run;
            try {
                run = crawler.crawl(feed, maxItems, item -> {
                    counts[0]++;
                    counts[1] += item.fetched() ? 1 : 0;
                    counts[2 + item.outcome().ordinal()]++;
                    System.err.printf(
                            "%-9s %s: %s  [seen %d, fetched %d, ingested %d, unchanged %d, skipped %d, failed %d]%n",
                            item.outcome().name().toLowerCase(java.util.Locale.ROOT),
                            item.url(),
                            item.detail(),
                            counts[0],
                            counts[1],
                            counts[2],
                            counts[3],
                            counts[4],
                            counts[5]);
                });
            } catch (org.diplokg.store.StoreException e) {
                System.err.println("failed    the store: " + e.getMessage());
                System.err.println(
                        "          articles reported above are stored. Re-run the same command to continue.");
                return 5;
            }
            run.problems().forEach(p -> System.err.println("failed    " + p));
            if (run.documentsNotModified() > 0) {
                System.err.println("unchanged " + run.documentsNotModified() + " feed document(s) not modified (304)");
            }
            System.err.println("          " + feed + ": " + run.summary());
            totals[0] += run.seen();
            totals[1] += run.fetched();
            totals[2] += run.count(FeedRun.Outcome.INGESTED);
            totals[3] += run.count(FeedRun.Outcome.UNCHANGED);
            totals[4] += run.count(FeedRun.Outcome.SKIPPED);
            totals[5] += run.count(FeedRun.Outcome.FAILED);
            ok &= run.ok();
        }
        System.err.printf(
                "Feeds: %d; items seen %d, fetched %d, ingested %d, unchanged %d, skipped %d, failed %d in %d ms%n",
                feeds.size(),
                totals[0],
                totals[1],
                totals[2],
                totals[3],
                totals[4],
                totals[5],
                (System.nanoTime() - start) / 1_000_000);
        return ok ? 0 : 4;
    }
}
