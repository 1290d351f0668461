package org.diplokg.sparql.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.springframework.stereotype.Component;

/**
 * Answers of {@code /sparql} kept for the dataset version they were computed on. The key is the
 * store's version, the query as Jena serialises it (so spacing, comments and prefix spelling do not
 * matter) and the options that change the answer (protocol dataset, row limit). Any commit changes
 * the version, so a write invalidates everything at once: entries of an older version are dropped
 * when an answer of another version is filed. The version is read before the query runs, so an answer
 * is never filed under a version newer than the data it saw.
 */
@Component
public class ResultCache {

    private final boolean enabled;
    private final long maxAnswerRows;
    private final Map<String, QueryOutcome> answers;
    private String version = "";

    public ResultCache(ResultCacheProperties properties) {
        this.enabled = properties.enabled();
        this.maxAnswerRows = properties.maxAnswerRows();
        int max = Math.max(1, properties.maxEntries());
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, QueryOutcome> eldest) {
                return size() > max;
            }
        };
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * The answer for {@code query} at {@code currentVersion}: kept, or computed by {@code run} and kept
     * (exceptions, such as time-outs, and answers over {@code max-answer-rows} are not kept). Without the cache,
     * just {@code run}.
     */
    public QueryOutcome answer(String currentVersion, Query query, QueryOptions options, Supplier<QueryOutcome> run) {
        if (!enabled) {
            return run.get();
        }
        String key = key(query, options);
        Optional<QueryOutcome> kept = lookup(currentVersion, key);
        if (kept.isPresent()) {
            return kept.get();
        }
        QueryOutcome outcome = run.get();
        if (size(outcome) <= maxAnswerRows) {
            store(currentVersion, key, outcome);
        }
        return outcome;
    }

    private synchronized Optional<QueryOutcome> lookup(String currentVersion, String key) {
        if (!currentVersion.equals(version)) {
            return Optional.empty();
        }
        return Optional.ofNullable(answers.get(key));
    }

    /**
     * Files an answer; one computed on another version than the kept ones replaces them all. Lookups
     * need the exact current version, so even a slow answer of an older version arriving late is never
     * served after a write: at worst it evicts the newer answers once.
     */
    private synchronized void store(String computedAt, String key, QueryOutcome outcome) {
        if (!computedAt.equals(version)) {
            answers.clear();
            version = computedAt;
        }
        answers.put(key, outcome);
    }

    /** Answers kept now (for tests and metrics). */
    public synchronized int size() {
        return answers.size();
    }

    private static long size(QueryOutcome outcome) {
        return switch (outcome) {
            case QueryOutcome.Select select -> select.rows().size();
            case QueryOutcome.Triples triples -> triples.graph().size();
            case QueryOutcome.Ask ask -> 1;
        };
    }

    private static String key(Query query, QueryOptions options) {
        return options.defaultGraphUris() + "\n" + options.namedGraphUris() + "\n" + options.maxRows() + "\n"
                + query.serialize();
    }
}
