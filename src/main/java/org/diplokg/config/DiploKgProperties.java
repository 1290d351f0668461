package org.diplokg.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * All of DiploKG's settings in one typed record, bound from {@code diplokg.*} properties,
 * environment variables ({@code DIPLOKG_UPDATE_TOKEN}) and CLI options.
 *
 * @param baseIri     the IRI base this instance answers for; {@code id/...} under it dereferences here
 * @param updateToken bearer token required for writes; blank means writes are refused
 */
@ConfigurationProperties(prefix = "diplokg")
public record DiploKgProperties(
        @DefaultValue("https://w3id.org/diplokg/") String baseIri,
        String updateToken,
        @DefaultValue Store store,
        @DefaultValue Sparql sparql,
        @DefaultValue Data data,
        @DefaultValue Extract extract,
        @DefaultValue Queries queries) {

    /**
     * @param mode     {@code embedded} (TDB2 in {@link #location}) or {@code remote} (any SPARQL 1.1 engine)
     * @param location TDB2 database directory
     * @param remote   endpoints and client settings for remote mode
     */
    public record Store(@DefaultValue("embedded") String mode, @DefaultValue("run/tdb2") Path location, @DefaultValue Remote remote) {

        public boolean isRemote() {
            return "remote".equalsIgnoreCase(mode);
        }
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
    public record Remote(String queryUrl, String updateUrl, String gspUrl, String username, String password,
                         @DefaultValue("60s") Duration timeout, @DefaultValue("3") int retries,
                         @DefaultValue("50000") int batchSize) {
    }

    /**
     * Protocol limits and security switches; every limit is enforced, none is advisory.
     *
     * @param defaultGraph     what a query's default graph is: {@code union} (store default graph plus every
     *                         named graph) or {@code default} (the store's own default graph only)
     * @param serviceAllowlist endpoint IRIs (prefixes) that {@code SERVICE} may call; empty means SERVICE is refused
     * @param loadAllowlist    IRI prefixes that {@code LOAD} may read; empty means LOAD is refused. {@code file:} is always refused.
     */
    public record Sparql(
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

    /**
     * @param directory   curated knowledge loaded on first start
     * @param loadOnEmpty whether an empty store is filled from {@link #directory} at start-up
     */
    public record Data(@DefaultValue("data") Path directory, @DefaultValue("true") boolean loadOnEmpty) {
    }

    /**
     * Article ingestion.
     *
     * @param maxArticleSize largest article (text or HTML) accepted by {@code ingest} and {@code POST /api/articles}
     */
    public record Extract(@DefaultValue("2MB") DataSize maxArticleSize) {
    }

    /**
     * Paging of the analyst query library ({@code GET /api/queries/{name}}, {@code query --name}).
     *
     * @param defaultLimit rows per page when the request gives no {@code limit}
     * @param maxLimit     largest {@code limit} a request may ask for; larger values are refused (400)
     * @param precompute   whether queries marked {@code # precompute: yes} are computed in the background per dataset
     *                     version (the CLI turns this off)
     * @param precomputeInterval how often the background refresher looks at the dataset version; it recomputes once
     *                     a changed version has been stable for one interval
     * @param precomputeTimeout  time limit of one background computation (longer than the interactive query timeout)
     */
    public record Queries(@DefaultValue("1000") int defaultLimit, @DefaultValue("10000") int maxLimit,
                          @DefaultValue("true") boolean precompute, @DefaultValue("10s") Duration precomputeInterval,
                          @DefaultValue("10m") Duration precomputeTimeout) {

        public static Queries defaults() {
            return new Queries(1000, 10000, true, Duration.ofSeconds(10), Duration.ofMinutes(10));
        }

        public Queries {
            if (defaultLimit < 1 || maxLimit < defaultLimit) {
                throw new IllegalArgumentException("diplokg.queries: need 1 <= default-limit <= max-limit, not "
                        + defaultLimit + " and " + maxLimit);
            }
        }
    }

    public boolean writesEnabled() {
        return updateToken != null && !updateToken.isBlank();
    }
}
