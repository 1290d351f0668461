package org.diplokg.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What one pass over one feed did: every item's outcome with its reason, the feed-level problems
 * (a feed or sitemap that could not be read), and the counts the CLI, {@code /api/feeds} and the
 * metrics report.
 */
public final class FeedRun {

    /** The fate of one item. */
    public enum Outcome {
        INGESTED,
        UNCHANGED,
        SKIPPED,
        FAILED
    }

    /** One item: its URL, outcome, why (or the article graph), and whether its page was downloaded. */
    public record Item(URI url, Outcome outcome, String detail, boolean fetched) {}

    private final URI feed;
    private final List<Item> items = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int documentsNotModified;

    public FeedRun(URI feed) {
        this.feed = feed;
    }

    public URI feed() {
        return feed;
    }

    synchronized void add(Item item) {
        items.add(item);
    }

    synchronized void problem(String problem) {
        problems.add(problem);
    }

    synchronized void documentNotModified() {
        documentsNotModified++;
    }

    public synchronized List<Item> items() {
        return List.copyOf(items);
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public synchronized int documentsNotModified() {
        return documentsNotModified;
    }

    public int seen() {
        return items().size();
    }

    public int fetched() {
        return (int) items().stream().filter(Item::fetched).count();
    }

    public int count(Outcome o) {
        return (int) items().stream().filter(i -> i.outcome() == o).count();
    }

    /** True when nothing failed: no item and no feed document. */
    public boolean ok() {
        return count(Outcome.FAILED) == 0 && problems().isEmpty();
    }

    public String summary() {
        return String.format(
                "seen %d, fetched %d, ingested %d, unchanged %d, skipped %d, failed %d",
                seen(),
                fetched(),
                count(Outcome.INGESTED),
                count(Outcome.UNCHANGED),
                count(Outcome.SKIPPED),
                count(Outcome.FAILED));
    }
}
