package org.diplokg.sparql.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code /sparql} result cache ({@code diplokg.sparql.cache.*}). Off by default: the generic
 * benchmark headline is measured without it, and a deployment turns it on when the same queries
 * repeat between writes (dashboards, the explorer's standard queries).
 *
 * @param enabled    whether answers are kept
 * @param maxEntries answers kept for the current dataset version, least recently used dropped first
 * @param maxAnswerRows largest answer kept (rows of a SELECT, triples of a CONSTRUCT or DESCRIBE); a larger one
 *                   is served but not kept, so the cache's memory stays near {@code maxEntries × maxAnswerRows}
 *                   rows whatever the queries
 */
@ConfigurationProperties(prefix = "diplokg.sparql.cache")
public record ResultCacheProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("256") int maxEntries,
        @DefaultValue("10000") int maxAnswerRows) {}
