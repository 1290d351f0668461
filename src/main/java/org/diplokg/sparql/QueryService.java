package org.diplokg.sparql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.diplokg.sparql.cache.ResultCache;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryMemoryException;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.QueryTimeoutException;
import org.diplokg.store.RowReader;
import org.diplokg.system.AnswerAbortedException;
import org.diplokg.system.ProtocolException;
import org.springframework.stereotype.Service;

/**
 * Runs SPARQL queries for the endpoint, the query library and the CLI under the configured
 * limits: parse and policy checks first, then a bounded number of concurrent executions, each
 * with a timeout that cancels it.
 */
@Service
public class QueryService {

    private final KnowledgeStore store;
    private final RequestParser parser;
    private final SparqlProperties limits;
    private final Semaphore slots;
    private final MeterRegistry meters;
    private final Counter timeouts;
    private final Counter rejected;
    private final ResultCache cache;

    public QueryService(
            KnowledgeStore store,
            RequestParser parser,
            SparqlProperties limits,
            MeterRegistry meters,
            ResultCache cache) {
        this.store = store;
        this.cache = cache;
        this.parser = parser;
        this.limits = limits;
        this.slots = new Semaphore(Math.max(1, limits.maxConcurrentQueries()), true);
        this.meters = meters;
        this.timeouts = Counter.builder("diplokg.sparql.timeouts")
                .description("Queries cancelled by the timeout")
                .register(meters);
        this.rejected = Counter.builder("diplokg.sparql.rejected")
                .description("Queries refused because all slots were busy")
                .register(meters);
    }

    /** Parses SPARQL 1.1 text; syntax errors become 400 with the parser's line and column. */
    public Query parse(String text) {
        return parser.query(text);
    }

    /** A protocol request ({@code /sparql}): answered from the {@link ResultCache} when it is on and holds the answer. */
    public QueryOutcome execute(Query query, List<String> defaultGraphUris, List<String> namedGraphUris) {
        QueryOptions options =
                new QueryOptions(defaultGraphUris, namedGraphUris, limits.queryTimeout(), limits.maxResultRows());
        return cache.answer(store.version(), query, options, () -> execute(query, options));
    }

    /**
     * A protocol SELECT whose rows reach {@code reader} as the engine yields them, so the answer need not fit in
     * memory (see {@link KnowledgeStore#select(Query, QueryOptions, RowReader)}). With the {@link ResultCache} on,
     * a kept answer is read from memory, and a streamed one is kept when small enough.
     */
    public <T> T select(Query query, List<String> defaultGraphUris, List<String> namedGraphUris, RowReader<T> reader) {
        QueryOptions options =
                new QueryOptions(defaultGraphUris, namedGraphUris, limits.queryTimeout(), limits.maxResultRows());
        return cache.select(store.version(), query, options, reader, streamed -> {
            acquireSlot();
            return runInSlot(query, () -> store.select(query, options, streamed));
        });
    }

    public QueryOutcome execute(Query query, QueryOptions options) {
        acquireSlot();
        return runInSlot(query, () -> store.query(query, options));
    }

    private void acquireSlot() {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException(503, "Interrupted while waiting for a query slot");
        }
        if (!acquired) {
            rejected.increment();
            throw new ProtocolException(
                    503, "Too many concurrent queries (limit " + limits.maxConcurrentQueries() + "); retry later");
        }
    }

    /**
     * For background work (library indexes, precomputed answers): waits for a query slot as long as it takes
     * instead of giving up after {@code queue-wait}, so a busy server delays that work rather than losing it
     * until the next write. It still takes one slot at a time, and the same limits apply once it runs.
     */
    public QueryOutcome executeInBackground(Query query, QueryOptions options) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException(503, "Interrupted while waiting for a query slot");
        }
        return runInSlot(query, () -> store.query(query, options));
    }

    /** Runs the query in a slot already taken, and gives the slot back. */
    private <T> T runInSlot(Query query, Supplier<T> run) {
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            return run.get();
        } catch (QueryMemoryException e) {
            outcome = "memory";
            throw new ProtocolException(503, e.getMessage());
        } catch (QueryTimeoutException e) {
            outcome = "timeout";
            timeouts.increment();
            throw new ProtocolException(503, e.getMessage());
        } catch (AnswerAbortedException e) {
            outcome = abortOutcome(e.getCause());
            throw e;
        } catch (RuntimeException e) {
            outcome = "error";
            throw e;
        } finally {
            slots.release();
            Timer.builder("diplokg.sparql.query")
                    .description("SPARQL query execution time")
                    .tag("type", typeOf(query))
                    .tag("outcome", outcome)
                    .register(meters)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    static String typeOf(Query q) {
        return q.isSelectType() ? "select" : q.isAskType() ? "ask" : q.isConstructType() ? "construct" : "describe";
    }

    /** Why a streamed answer stopped after it began, for the query timer's {@code outcome} tag. */
    private static String abortOutcome(Throwable cause) {
        if (cause instanceof QueryMemoryException) {
            return "memory";
        }
        return cause instanceof QueryTimeoutException || cause instanceof QueryCancelledException ? "timeout" : "error";
    }
}
