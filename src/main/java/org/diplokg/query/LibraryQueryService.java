package org.diplokg.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.diplokg.config.DiploKgProperties;
import org.diplokg.sparql.QueryService;
import org.diplokg.sparql.SparqlFiles;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOutcome;
import org.diplokg.web.ApiException;
import org.springframework.stereotype.Service;

/**
 * Runs library queries with validated, typed parameters through the same limits as the SPARQL
 * endpoint, and caches answers per dataset version so repeated questions cost a map lookup until
 * the next write.
 */
@Service
public class LibraryQueryService {

    private static final int CACHE_SIZE = 500;

    private final QueryLibrary library;
    private final QueryService queries;
    private final KnowledgeStore store;
    private final String baseIri;
    private final Map<String, QueryOutcome> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, QueryOutcome> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private String cachedVersion = "";

    public LibraryQueryService(QueryLibrary library, QueryService queries, KnowledgeStore store, DiploKgProperties properties) {
        this.library = library;
        this.queries = queries;
        this.store = store;
        this.baseIri = properties.baseIri();
    }

    public QueryLibrary library() {
        return library;
    }

    public LibraryQuery find(String name) {
        return library.find(name).orElseThrow(() -> ApiException.notFound("No library query named '" + name + "'; GET /api/queries lists them"));
    }

    /** Checks and types the raw parameters against the query's header: unknown names and bad values are 400. */
    public Map<String, Node> bind(LibraryQuery q, Map<String, String> raw) {
        Map<String, LibraryQuery.Parameter> declared = new HashMap<>();
        q.parameters().forEach(p -> declared.put(p.name(), p));
        for (String name : raw.keySet()) {
            if (!declared.containsKey(name)) {
                throw ApiException.badRequest("Unknown parameter '" + name + "' for query '" + q.name() + "'; it takes "
                        + (declared.isEmpty() ? "no parameters" : declared.keySet()));
            }
        }
        Map<String, Node> values = new TreeMap<>();
        for (LibraryQuery.Parameter p : q.parameters()) {
            String value = raw.getOrDefault(p.name(), p.defaultValue());
            if (value == null) {
                throw ApiException.badRequest("Parameter '" + p.name() + "' (" + p.label() + ") is required");
            }
            values.put(p.name(), p.type().parse(p.name(), value, baseIri));
        }
        return values;
    }

    public QueryOutcome run(String name, Map<String, String> raw) {
        LibraryQuery q = find(name);
        Map<String, Node> values = bind(q, raw);
        String key = name + "|" + values;
        String version = store.version();
        synchronized (cache) {
            if (!version.equals(cachedVersion)) {
                cache.clear();
                cachedVersion = version;
            }
            QueryOutcome hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Query bound = SparqlFiles.bind(q.query(), values);
        QueryOutcome outcome = queries.execute(bound, List.of(), List.of());
        synchronized (cache) {
            if (version.equals(cachedVersion)) {
                cache.put(key, outcome);
            }
        }
        return outcome;
    }
}
