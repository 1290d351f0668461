package org.diplokg.feed;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.diplokg.extract.ArticleDecoder;
import org.diplokg.extract.ArticleIngestion;
import org.diplokg.extract.ArticleInput;
import org.diplokg.extract.IngestReport;
import org.diplokg.feed.fetch.FetchException;
import org.diplokg.feed.fetch.HostGate;
import org.diplokg.feed.fetch.RobotsRules;
import org.diplokg.feed.fetch.SafeFetcher;
import org.diplokg.validation.ValidationFailedException;

/**
 * Follows one feed (RSS, Atom, sitemap or sitemap index) into the graph: lists its items, fetches
 * each page politely (robots.txt, per-host gate, conditional GET) and safely ({@link SafeFetcher}),
 * reads the article off the page and ingests it through {@link ArticleIngestion}, the same write
 * path as {@code ingest FILE} and {@code POST /api/articles}. Every failure is an item outcome
 * with its reason; only a store failure ends the run (it is thrown). A feed document's validators
 * are remembered only when none of its items failed, so failed items are tried again next run.
 */
public final class FeedCrawler {

    static final String FEED_TYPES =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
    static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9";
    private static final int MAX_SITEMAPS = 50;

    private final ArticleIngestion ingestion;
    private final SafeFetcher fetcher;
    private final HostGate gate;
    private final RobotsRules robots;
    private final FeedState state;

    /** robots.txt is read through the crawler's own fetcher and gate, so it gets the same limits and pauses. */
    public FeedCrawler(ArticleIngestion ingestion, SafeFetcher fetcher, HostGate gate, FeedState state) {
        this.ingestion = ingestion;
        this.fetcher = fetcher;
        this.gate = gate;
        this.robots = new RobotsRules(fetcher, gate);
        this.state = state;
    }

    /** Reads up to {@code maxItems} items of {@code feed}; {@code progress} hears of every item as it is done. */
    public FeedRun crawl(URI feed, int maxItems, Consumer<FeedRun.Item> progress) {
        FeedRun run = new FeedRun(feed);
        Deque<URI> documents = new ArrayDeque<>(List.of(feed));
        Set<URI> visited = new HashSet<>();
        Set<URI> itemsSeen = new HashSet<>();
        List<String[]> documentValidators = new ArrayList<>();
        while (!documents.isEmpty() && itemsSeen.size() < maxItems && visited.size() < MAX_SITEMAPS) {
            URI doc = documents.pop();
            if (!visited.add(doc)) {
                continue;
            }
            FeedDocuments.Listing listing;
            try {
                if (!robots.allowed(doc)) {
                    run.problem(doc + ": robots.txt disallows it");
                    continue;
                }
                SafeFetcher.Response r = gate.call(
                        doc,
                        robots.crawlDelay(doc),
                        () -> fetcher.get(doc, state.validators(doc.toString()), FEED_TYPES, FeedCrawler::feedType));
                if (r.notModified()) {
                    run.documentNotModified();
                    continue;
                }
                listing = FeedDocuments.read(r.url(), r.body());
                documentValidators.add(new String[] {doc.toString(), r.etag(), r.lastModified()});
            } catch (FetchException | FeedDocuments.MalformedFeedException e) {
                run.problem(doc + ": " + e.getMessage());
                continue;
            }
            documents.addAll(listing.sitemaps());
            for (FeedDocuments.Item item : listing.items()) {
                if (itemsSeen.size() >= maxItems) {
                    break;
                }
                if (itemsSeen.add(item.url())) {
                    FeedRun.Item done = item(item.url(), item.published());
                    run.add(done);
                    progress.accept(done);
                }
            }
        }
        if (run.ok()) {
            documentValidators.forEach(v -> state.remember(v[0], v[1], v[2]));
        }
        state.save();
        return run;
    }

    private FeedRun.Item item(URI url, LocalDate feedDate) {
        SafeFetcher.Response page;
        try {
            if (!robots.allowed(url)) {
                return new FeedRun.Item(url, FeedRun.Outcome.SKIPPED, "robots.txt disallows it", false);
            }
            page = gate.call(
                    url,
                    robots.crawlDelay(url),
                    () -> fetcher.get(url, state.validators(url.toString()), PAGE_TYPES, FeedCrawler::pageType));
        } catch (FetchException e) {
            return new FeedRun.Item(url, FeedRun.Outcome.FAILED, e.getMessage(), false);
        }
        if (page.notModified()) {
            return new FeedRun.Item(url, FeedRun.Outcome.UNCHANGED, "not modified (304)", false);
        }
        ArticleInput input;
        try {
            input = ArticlePage.read(url, page.body(), page.charset(), feedDate);
        } catch (ArticleDecoder.BadArticleException e) {
            return new FeedRun.Item(url, FeedRun.Outcome.FAILED, "no article on the page: " + e.getMessage(), true);
        }
        IngestReport report;
        try {
            report = ingestion.ingest(input);
        } catch (ValidationFailedException e) {
            return new FeedRun.Item(
                    url, FeedRun.Outcome.FAILED, "refused by the SHACL shapes: " + e.getMessage(), true);
        }
        state.remember(url.toString(), page.etag(), page.lastModified());
        boolean changed = !"unchanged".equals(report.status());
        return new FeedRun.Item(
                url,
                changed ? FeedRun.Outcome.INGESTED : FeedRun.Outcome.UNCHANGED,
                report.status() + " " + report.graph(),
                true);
    }

    static boolean feedType(String type) {
        return type.isEmpty()
                || type.contains("xml")
                || type.equals("text/plain")
                || type.equals("application/octet-stream");
    }

    static boolean pageType(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }
}
