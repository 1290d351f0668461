package org.diplokg.hardening;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep hostile input from exhausting the server: how deep a query or a JSON document may
 * nest (deeper input would overflow a worker's stack while it is compiled or run), how long a string a
 * query may build, the stack of the threads that parse SPARQL (its grammar recurses once per triple of
 * an {@code INSERT DATA}), and which remote JSON-LD contexts may be fetched (none by default).
 *
 * @param maxQueryDepth     deepest nesting of groups, UNION branches, property-path steps and expressions
 * @param maxJsonDepth      deepest nesting of arrays and objects in a JSON-LD body
 * @param maxStringLength   longest string CONCAT or REPLACE may build, in characters
 * @param parserStack       stack size of the SPARQL parser threads
 * @param parserThreads     how many requests are parsed at once (others wait)
 * @param contextAllowlist  IRI prefixes of JSON-LD contexts that may be fetched; empty = none
 * @param corsWriteOrigins  browser origins allowed to write cross-origin; empty = none
 */
@ConfigurationProperties("diplokg.hardening")
public record HardeningProperties(
        @DefaultValue("400") int maxQueryDepth,
        @DefaultValue("500") int maxJsonDepth,
        @DefaultValue("16000000") int maxStringLength,
        @DefaultValue("512MB") DataSize parserStack,
        @DefaultValue("2") int parserThreads,
        @DefaultValue List<String> contextAllowlist,
        @DefaultValue List<String> corsWriteOrigins) {

    /** The {@code @DefaultValue}s, bound as Spring would bind an empty configuration: for code that runs without Spring. */
    public static HardeningProperties defaults() {
        return new Binder().bindOrCreate("diplokg.hardening", HardeningProperties.class);
    }
}
