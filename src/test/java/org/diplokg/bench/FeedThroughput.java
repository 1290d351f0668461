package org.diplokg.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplokg.DiploKgApplication;
import org.diplokg.feed.FeedCrawler;
import org.diplokg.feed.FeedFixtureServer;
import org.diplokg.feed.FeedRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Feed ingestion throughput (bench/run.sh feeds): an RSS feed of N distinct article pages on a
 * loopback fixture server, read through the whole path — feed fetch and parse, robots.txt, safe
 * page fetch, main-text extraction, the extraction pipeline, SHACL validation, TDB2 commit — with
 * the per-host delay at 0, after a warm-up feed of 20 pages. Reports articles per minute.
 */
public final class FeedThroughput {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path store = Files.createTempDirectory("diplokg-bench-feeds-");
        SpringApplication app = new SpringApplication(DiploKgApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (FeedFixtureServer web = new FeedFixtureServer(0);
                ConfigurableApplicationContext ctx = app.run(
                        "--diplokg.store.location=" + store + "/tdb2",
                        "--diplokg.data.directory=" + project.resolve("data"),
                        "--diplokg.queries.precompute=false",
                        "--diplokg.feeds.allow-hosts=127.0.0.1",
                        "--diplokg.feeds.host-delay=0s",
                        "--logging.level.root=WARN",
                        "--logging.level.org.diplokg=WARN")) {
            FeedCrawler crawler = ctx.getBean(FeedCrawler.class);
            FeedRun warm = crawler.crawl(URI.create(web.base() + "/bench/feed.xml?from=100000&n=20"), 20, i -> {});
            long t0 = System.nanoTime();
            FeedRun run = crawler.crawl(URI.create(web.base() + "/bench/feed.xml?from=0&n=" + n), n, i -> {});
            double seconds = (System.nanoTime() - t0) / 1e9;
            int ingested = run.count(FeedRun.Outcome.INGESTED);
            System.out.printf("warm-up: %s%n", warm.summary());
            System.out.printf("measured: %s in %.1f s%n", run.summary(), seconds);
            System.out.printf(
                    "feed -> graph: %.0f articles/minute (%.1f ms per article), host delay 0, loopback%n",
                    ingested / seconds * 60, seconds * 1000 / Math.max(1, ingested));
        }
    }
}
