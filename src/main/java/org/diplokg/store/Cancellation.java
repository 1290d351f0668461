package org.diplokg.store;

import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Why a query's engine failed when something stopped it. A stopped query usually ends in
 * {@link QueryCancelledException}, but ARQ can also fail otherwise when a cancel lands while it runs (a
 * {@code NullPointerException} in {@code QueryIterRepeatApply} was seen when the memory guard stopped a 50 M-triple
 * read); the stop, not that symptom, is the answer: {@link QueryMemoryException} when the memory guard stopped it,
 * {@link QueryTimeoutException} after the deadline. Any other failure is left as it is.
 */
record Cancellation(QueryExec exec, QueryMemoryGuard memory, long deadlineNanos, Duration timeout) {

    RuntimeException explain(RuntimeException failure) {
        if (failure instanceof QueryTimeoutException) {
            return failure; // explained already (QueryMemoryException is one too)
        }
        if (memory.stopped(exec)) {
            return new QueryMemoryException(memory.maxHeap());
        }
        if (failure instanceof QueryCancelledException || System.nanoTime() - deadlineNanos >= 0) {
            return new QueryTimeoutException(timeout);
        }
        return failure;
    }
}
