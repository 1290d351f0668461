package org.diplokg.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The latest poll of every configured feed, as {@code GET /api/feeds} shows it. */
@Component
public class FeedStatusBoard {

    /** Counts of one poll. */
    public record Counts(int seen, int fetched, int ingested, int unchanged, int skipped, int failed) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        static Counts of(FeedRun run) {
            return new Counts(
                    run.seen(),
                    run.fetched(),
                    run.count(FeedRun.Outcome.INGESTED),
                    run.count(FeedRun.Outcome.UNCHANGED),
                    run.count(FeedRun.Outcome.SKIPPED),
                    run.count(FeedRun.Outcome.FAILED));
        }
    }

    /** One feed's state: {@code status} is never-polled, running, ok, failed (some items or the feed) or error (the poll itself). */
    public record FeedStatus(
            int id,
            String url,
            String interval,
            int maxItems,
            String status,
            Instant lastPollStarted,
            Instant lastPollFinished,
            Long lastPollMillis,
            Counts lastPoll,
            int polls,
            long ingestedTotal,
            List<String> problems) {

        FeedStatus running(Instant at) {
            return new FeedStatus(
                    id,
                    url,
                    interval,
                    maxItems,
                    "running",
                    at,
                    lastPollFinished,
                    lastPollMillis,
                    lastPoll,
                    polls,
                    ingestedTotal,
                    problems);
        }

        /** The state after one more poll that ended with {@code outcome}. */
        FeedStatus polled(String outcome, Instant started, Instant finished, Counts counts, List<String> found) {
            return new FeedStatus(
                    id,
                    url,
                    interval,
                    maxItems,
                    outcome,
                    started,
                    finished,
                    finished.toEpochMilli() - started.toEpochMilli(),
                    counts,
                    polls + 1,
                    ingestedTotal + counts.ingested(),
                    List.copyOf(found));
        }
    }

    private final Map<Integer, FeedStatus> statuses = new ConcurrentHashMap<>();

    public FeedStatusBoard(FeedProperties properties) {
        List<FeedProperties.Feed> feeds = properties.feeds();
        for (int i = 0; i < feeds.size(); i++) {
            FeedProperties.Feed f = feeds.get(i);
            statuses.put(
                    i,
                    new FeedStatus(
                            i,
                            String.valueOf(f.url()),
                            f.interval() == null || f.interval().isZero()
                                    ? "off"
                                    : f.interval().toString(),
                            f.maxItemsOr(FeedScheduler.DEFAULT_MAX_ITEMS),
                            "never-polled",
                            null,
                            null,
                            null,
                            Counts.NONE,
                            0,
                            0,
                            List.of()));
        }
    }

    public List<FeedStatus> all() {
        return statuses.values().stream()
                .sorted(java.util.Comparator.comparingInt(FeedStatus::id))
                .toList();
    }

    public java.util.Optional<FeedStatus> get(int id) {
        return java.util.Optional.ofNullable(statuses.get(id));
    }

    void started(int id, Instant at) {
        statuses.computeIfPresent(id, (k, s) -> s.running(at));
    }

    void finished(int id, Instant started, FeedRun run) {
        Instant now = Instant.now();
        Counts c = Counts.of(run);
        List<String> problems = new java.util.ArrayList<>(run.problems());
        run.items().stream()
                .filter(i -> i.outcome() == FeedRun.Outcome.FAILED)
                .limit(20)
                .forEach(i -> problems.add(i.url() + ": " + i.detail()));
        statuses.computeIfPresent(id, (k, s) -> s.polled(run.ok() ? "ok" : "failed", started, now, c, problems));
    }

    void error(int id, Instant started, String message) {
        Instant now = Instant.now();
        statuses.computeIfPresent(id, (k, s) -> s.polled("error", started, now, Counts.NONE, List.of(message)));
    }
}
