package org.diplokg.store;

import java.time.Duration;

/** The query (or an update's WHERE) ran past its limit and was cancelled. */
public class QueryTimeoutException extends StoreException {

    public QueryTimeoutException(Duration limit) {
        this("Query", limit);
    }

    /** @param what "Query" or "Update", the first word of the message */
    public QueryTimeoutException(String what, Duration limit) {
        super(what + " cancelled: it ran longer than the limit of " + limit.toMillis() + " ms");
    }

    /** For cancellations under another limit (memory). */
    protected QueryTimeoutException(String message) {
        super(message);
    }
}
