package org.diplokg.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Polls the configured feeds in the server (never in CLI commands): each feed with an
 * {@code interval} once when the server is ready and then that long after the previous poll
 * ended. One thread for all feeds, so polls never overlap and a host sees one request at a time.
 * Metrics per feed (tag {@code feed} = the feed URL): {@code diplokg.feed.items} by
 * {@code outcome}, {@code diplokg.feed.polls} by {@code status}, {@code diplokg.feed.poll} timer.
 */
@Component
@ConditionalOnWebApplication
public class FeedScheduler {

    static final int DEFAULT_MAX_ITEMS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(FeedScheduler.class);

    private final FeedCrawler crawler;
    private final FeedProperties properties;
    private final FeedStatusBoard board;
    private final MeterRegistry meters;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "diplokg-feeds");
        t.setDaemon(true);
        return t;
    });

    public FeedScheduler(FeedCrawler crawler, FeedProperties properties, FeedStatusBoard board, MeterRegistry meters) {
        this.crawler = crawler;
        this.properties = properties;
        this.board = board;
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        List<FeedProperties.Feed> feeds = properties.feeds();
        for (int i = 0; i < feeds.size(); i++) {
            FeedProperties.Feed f = feeds.get(i);
            Duration interval = f.interval();
            if (f.url() != null && interval != null && !interval.isZero() && !interval.isNegative()) {
                int id = i;
                executor.scheduleWithFixedDelay(() -> poll(id, f), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("Polling feed {} every {}", f.url(), interval);
            }
        }
    }

    void poll(int id, FeedProperties.Feed feed) {
        Instant started = Instant.now();
        String tag = feed.url().toString();
        board.started(id, started);
        try {
            FeedRun run = crawler.crawl(feed.url(), feed.maxItemsOr(DEFAULT_MAX_ITEMS), item -> {});
            for (FeedRun.Outcome o : FeedRun.Outcome.values()) {
                Counter.builder("diplokg.feed.items")
                        .description("Feed items by outcome")
                        .tag("feed", tag)
                        .tag("outcome", o.name().toLowerCase(java.util.Locale.ROOT))
                        .register(meters)
                        .increment(run.count(o));
            }
            Counter.builder("diplokg.feed.fetched")
                    .description("Pages downloaded")
                    .tag("feed", tag)
                    .register(meters)
                    .increment(run.fetched());
            count(tag, run.ok() ? "ok" : "failed");
            board.finished(id, started, run);
            if (run.count(FeedRun.Outcome.INGESTED) > 0 || !run.ok()) {
                LOG.info("Feed {}: {}", tag, run.summary());
            } else {
                LOG.debug("Feed {}: {}", tag, run.summary());
            }
        } catch (RuntimeException e) {
            count(tag, "error");
            board.error(id, started, e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.warn("Feed {} poll failed: {}", tag, e.toString());
        } finally {
            Timer.builder("diplokg.feed.poll")
                    .description("Time of one feed poll")
                    .tag("feed", tag)
                    .register(meters)
                    .record(Duration.between(started, Instant.now()));
        }
    }

    private void count(String feed, String status) {
        Counter.builder("diplokg.feed.polls")
                .description("Feed polls by status")
                .tag("feed", feed)
                .tag("status", status)
                .register(meters)
                .increment();
    }

    @PreDestroy
    public void stop() {
        executor.shutdownNow();
    }
}
