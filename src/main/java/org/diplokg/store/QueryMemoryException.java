package org.diplokg.store;

/**
 * The query was stopped because the heap was nearly full ({@link QueryMemoryGuard}); answered like a time-out (503),
 * with a message that says what to change.
 */
public class QueryMemoryException extends QueryTimeoutException {

    public QueryMemoryException(long maxHeap) {
        super("Query stopped: it needed more memory than the server has left ("
                + (maxHeap >> 20)
                + " MB heap); narrow it (a LIMIT, a date range, fewer groups) or retry later");
    }
}
