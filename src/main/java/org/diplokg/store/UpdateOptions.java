package org.diplokg.store;

import java.time.Duration;
import java.util.List;

/**
 * Protocol dataset for an update ({@code using-graph-uri}, {@code using-named-graph-uri}) and the time-out
 * of its WHERE evaluation: an update's pattern is a query and must not outlive the query limit (a
 * backtracking REGEX in a DELETE/INSERT WHERE would otherwise hold the write lock for minutes).
 *
 * @param timeout time allowed for evaluating the update's patterns; {@code null} for none
 */
public record UpdateOptions(List<String> usingGraphUris, List<String> usingNamedGraphUris, Duration timeout) {

    public static final UpdateOptions NONE = new UpdateOptions(List.of(), List.of());

    public UpdateOptions {
        usingGraphUris = List.copyOf(usingGraphUris);
        usingNamedGraphUris = List.copyOf(usingNamedGraphUris);
    }

    public UpdateOptions(List<String> usingGraphUris, List<String> usingNamedGraphUris) {
        this(usingGraphUris, usingNamedGraphUris, null);
    }

    public UpdateOptions withTimeout(Duration limit) {
        return new UpdateOptions(usingGraphUris, usingNamedGraphUris, limit);
    }

    public boolean hasProtocolDataset() {
        return !usingGraphUris.isEmpty() || !usingNamedGraphUris.isEmpty();
    }
}
