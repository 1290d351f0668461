package org.diplokg.store;

import java.time.Duration;
import java.util.List;

/**
 * Per-request query settings.
 *
 * @param defaultGraphUris protocol {@code default-graph-uri} values (empty: use the query's FROM or the store default)
 * @param namedGraphUris   protocol {@code named-graph-uri} values
 * @param timeout          wall-clock limit after which the execution is cancelled
 * @param maxRows          rows (or triples) kept; more are cut and the outcome is marked truncated
 */
public record QueryOptions(List<String> defaultGraphUris, List<String> namedGraphUris, Duration timeout, long maxRows) {

    public QueryOptions {
        defaultGraphUris = List.copyOf(defaultGraphUris);
        namedGraphUris = List.copyOf(namedGraphUris);
    }

    public static QueryOptions of(Duration timeout, long maxRows) {
        return new QueryOptions(List.of(), List.of(), timeout, maxRows);
    }

    public boolean hasProtocolDataset() {
        return !defaultGraphUris.isEmpty() || !namedGraphUris.isEmpty();
    }
}
