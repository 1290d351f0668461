package org.diplokg.sparql.cache;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.RowReader;
import org.diplokg.store.RowStream;
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

    /**
     * A SELECT answer for {@code query}: the kept one at {@code currentVersion} is handed to {@code reader};
     * otherwise {@code stream} runs the query with {@code reader} reading the rows as the engine yields them,
     * while a copy of up to {@code max-answer-rows} rows is taken and kept if the reader read the answer to its
     * end. So a large answer streams as it would without the cache. Without the cache, just {@code stream}.
     */
    public <T> T select(
            String currentVersion,
            Query query,
            QueryOptions options,
            RowReader<T> reader,
            Function<RowReader<T>, T> stream) {
        if (!enabled) {
            return stream.apply(reader);
        }
        String key = key(query, options);
        Optional<QueryOutcome> kept = lookup(currentVersion, key);
        if (kept.isPresent() && kept.get() instanceof QueryOutcome.Select answer) {
            return reader.read(RowStream.of(answer));
        }
        return stream.apply(rows -> {
            List<Binding> copy = new ArrayList<>();
            rows.observeRows(row -> {
                if (copy.size() <= maxAnswerRows) {
                    copy.add(detached(row));
                }
            });
            T result = reader.read(rows);
            if (copy.size() <= maxAnswerRows && !rows.hasNext()) {
                store(currentVersion, key, new QueryOutcome.Select(rows.variables(), copy, rows.truncated()));
            }
            return result;
        });
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

    /** The row with every value decoded now, while the store's transaction is open (a store's rows may decode lazily). */
    private static Binding detached(Binding row) {
        BindingBuilder copy = Binding.builder();
        row.forEach(copy::add);
        return copy.build();
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
