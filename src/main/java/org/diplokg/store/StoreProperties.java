package org.diplokg.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the knowledge lives ({@code diplokg.store.*}). Kept in the store package so that the
 * lowest layer owns its own settings and needs nothing from the wiring above it.
 *
 * @param mode     {@code embedded} (TDB2 in {@link #location}) or {@code remote} (any SPARQL 1.1 engine)
 * @param location TDB2 database directory
 * @param remote   endpoints and client settings for remote mode
 * @param memoryLimit share of the heap, after a garbage collection, above which the embedded store stops its
 *     longest-running query with a 503 instead of letting the JVM run out of memory (0 turns it off; see
 *     {@link QueryMemoryGuard})
 */
@ConfigurationProperties(prefix = "diplokg.store")
public record StoreProperties(
        @DefaultValue("embedded") String mode,
        @DefaultValue("run/tdb2") Path location,
        @DefaultValue Remote remote,
        @DefaultValue("0.85") double memoryLimit) {

    public boolean isRemote() {
        return "remote".equalsIgnoreCase(mode);
    }

    /**
     * A remote SPARQL 1.1 engine reached through the RDF4J SPARQL client.
     *
     * @param queryUrl  SPARQL query endpoint
     * @param updateUrl SPARQL update endpoint (writes)
     * @param gspUrl    optional Graph Store Protocol endpoint, used for whole-graph reads
     * @param username  HTTP basic user ({@code DIPLOKG_STORE_REMOTE_USERNAME})
     * @param password  HTTP basic password ({@code DIPLOKG_STORE_REMOTE_PASSWORD})
     * @param timeout   connect and read timeout of one request
     * @param retries   extra attempts for idempotent reads that failed for transport reasons
     * @param batchSize triples per write request; larger writes are staged and swapped in atomically
     */
    public record Remote(
            String queryUrl,
            String updateUrl,
            String gspUrl,
            String username,
            String password,
            @DefaultValue("60s") Duration timeout,
            @DefaultValue("3") int retries,
            @DefaultValue("50000") int batchSize) {}
}
