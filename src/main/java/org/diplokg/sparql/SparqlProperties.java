package org.diplokg.sparql;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Protocol limits and security switches ({@code diplokg.sparql.*}); every limit is enforced, none is
 * advisory. Owned by the protocol package because the protocol is what they bound.
 *
 * @param defaultGraph     what a query's default graph is: {@code union} (store default graph plus every
 *                         named graph) or {@code default} (the store's own default graph only)
 * @param serviceAllowlist endpoint IRIs (prefixes) that {@code SERVICE} may call; empty means SERVICE is refused
 * @param loadAllowlist    IRI prefixes that {@code LOAD} may read; empty means LOAD is refused. {@code file:} is always refused.
 */
@ConfigurationProperties(prefix = "diplokg.sparql")
public record SparqlProperties(
        @DefaultValue("30s") Duration queryTimeout,
        @DefaultValue("50000") long maxResultRows,
        @DefaultValue("10MB") DataSize maxRequestBody,
        @DefaultValue("4") int maxConcurrentQueries,
        @DefaultValue("5s") Duration queueWait,
        @DefaultValue("union") String defaultGraph,
        @DefaultValue List<String> serviceAllowlist,
        @DefaultValue List<String> loadAllowlist) {

    public boolean unionDefaultGraph() {
        return !"default".equalsIgnoreCase(defaultGraph);
    }
}
