package org.diplokg.query;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paging and background work of the analyst query library ({@code diplokg.queries.*};
 * {@code GET /api/queries/{name}}, {@code query --name}).
 *
 * @param defaultLimit rows per page when the request gives no {@code limit}
 * @param maxLimit     largest {@code limit} a request may ask for; larger values are refused (400)
 * @param precompute   whether queries marked {@code # precompute: yes} are computed in the background per dataset
 *                     version (the CLI turns this off)
 * @param precomputeInterval how often the background refresher looks at the dataset version; it recomputes once
 *                     a changed version has been stable for one interval
 * @param precomputeTimeout  time limit of one background computation (longer than the interactive query timeout)
 * @param precomputeMaxRows  largest answer kept whole; a longer one (an ordered report) keeps only its first
 *                     {@code precomputePrefixRows} rows, and pages past them run live
 * @param precomputePrefixRows rows kept of an answer longer than {@code precomputeMaxRows}
 */
@ConfigurationProperties(prefix = "diplokg.queries")
public record QueryProperties(
        @DefaultValue("1000") int defaultLimit,
        @DefaultValue("10000") int maxLimit,
        @DefaultValue("true") boolean precompute,
        @DefaultValue("10s") Duration precomputeInterval,
        @DefaultValue("10m") Duration precomputeTimeout,
        @DefaultValue("1000000") long precomputeMaxRows,
        @DefaultValue("100000") int precomputePrefixRows) {

    /** The {@code @DefaultValue}s, bound as Spring would bind an empty configuration: for code that runs without Spring. */
    public static QueryProperties defaults() {
        return new Binder().bindOrCreate("diplokg.queries", QueryProperties.class);
    }

    public QueryProperties {
        if (defaultLimit < 1 || maxLimit < defaultLimit) {
            throw new IllegalArgumentException(
                    "diplokg.queries: need 1 <= default-limit <= max-limit, not " + defaultLimit + " and " + maxLimit);
        }
        if (precomputePrefixRows < 0 || precomputePrefixRows > precomputeMaxRows) {
            throw new IllegalArgumentException(
                    "diplokg.queries: need 0 <= precompute-prefix-rows <= precompute-max-rows, not "
                            + precomputePrefixRows + " and " + precomputeMaxRows);
        }
    }
}
