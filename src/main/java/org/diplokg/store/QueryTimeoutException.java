package org.diplokg.store;

import java.time.Duration;

/** The query ran past its limit and was cancelled. */
public class QueryTimeoutException extends StoreException {

    public QueryTimeoutException(Duration limit) {
        super("Query cancelled: it ran longer than the limit of " + limit.toMillis() + " ms");
    }
}
