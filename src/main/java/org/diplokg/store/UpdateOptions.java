package org.diplokg.store;

import java.util.List;

/**
 * Protocol dataset for an update: {@code using-graph-uri} and {@code using-named-graph-uri}.
 */
public record UpdateOptions(List<String> usingGraphUris, List<String> usingNamedGraphUris) {

    public static final UpdateOptions NONE = new UpdateOptions(List.of(), List.of());

    public UpdateOptions {
        usingGraphUris = List.copyOf(usingGraphUris);
        usingNamedGraphUris = List.copyOf(usingNamedGraphUris);
    }

    public boolean hasProtocolDataset() {
        return !usingGraphUris.isEmpty() || !usingNamedGraphUris.isEmpty();
    }
}
