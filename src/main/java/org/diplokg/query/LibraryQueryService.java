package org.diplokg.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.query.index.LibraryIndex;
import org.diplokg.sparql.QueryService;
import org.diplokg.sparql.SparqlProperties;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Service;

/**
 * Runs library queries with validated, typed parameters through the same limits as the SPARQL
 * endpoint, and caches answers per dataset version so repeated questions cost a map lookup until
 * the next write.
 *
 * <p>Every query is paged: the reserved parameters {@code limit} (1 to {@code diplokg.queries.max-limit},
 * default {@code diplokg.queries.default-limit}) and {@code offset} (from 0) are set on the parsed
 * query with {@link Query#setLimit} / {@link Query#setOffset}, never spliced into its text. One row
 * more than the page is asked for, so the answer says whether another page follows without counting
 * the whole result. With {@code ORDER BY}, ARQ then keeps only the top {@code offset + limit + 1}
 * rows while sorting instead of sorting everything.
 */
@Service
public class LibraryQueryService {

    private static final int CACHE_SIZE = 500;
    private static final long MAX_OFFSET = Integer.MAX_VALUE;
    private static final int TOP_N_OFFSET_ROOM = 100_000;

    private final QueryLibrary library;
    private final QueryService queries;
    private final KnowledgeStore store;
    private final String baseIri;
    private final int defaultLimit;
    private final int maxLimit;
    private final PrecomputedAnswers precomputed;
    /** Answers of the current dataset version, least recently used dropped first; a write starts an empty one. */
    private final DerivedSnapshot<Map<String, LibraryAnswer>> cache;

    /** @param precomputed null: without precomputed answers, every query runs live */
    public LibraryQueryService(
            QueryLibrary library,
            QueryService queries,
            KnowledgeStore store,
            IriPolicy iris,
            QueryProperties paging,
            SparqlProperties limits,
            PrecomputedAnswers precomputed) {
        this.precomputed = precomputed;
        this.cache = DerivedSnapshot.rebuilt(store, LibraryQueryService::emptyCache);
        this.library = library;
        this.queries = queries;
        this.store = store;
        this.baseIri = iris.baseIri();
        paging = paging != null ? paging : QueryProperties.defaults();
        // a page plus its look-ahead row must fit under the store's row cap, or the cap would cut pages
        long rowCap = limits != null ? limits.maxResultRows() : Long.MAX_VALUE;
        this.maxLimit = (int) Math.max(1, Math.min(paging.maxLimit(), rowCap - 1));
        this.defaultLimit = Math.min(paging.defaultLimit(), maxLimit);
        raiseTopNThreshold(maxLimit);
    }

    /**
     * ARQ turns {@code ORDER BY … LIMIT n OFFSET m} into a bounded top-N sort only while {@code n + m}
     * is below {@link ARQ#topNSortingThreshold}, read from its global context (default 1,000 — a full
     * page of 1,000 plus the look-ahead row would miss it). The top-N heap holds at most {@code n + m}
     * rows, never more than the full sort it replaces would, so the threshold is raised to cover a
     * maximal page plus {@value #TOP_N_OFFSET_ROOM} rows of offset; deeper pages sort in full.
     */
    private static void raiseTopNThreshold(int maxLimit) {
        long wanted = (long) maxLimit + 1 + TOP_N_OFFSET_ROOM;
        synchronized (ARQ.class) {
            Object current = ARQ.getContext().get(ARQ.topNSortingThreshold);
            long now = current instanceof Number n ? n.longValue() : 1000;
            if (now < wanted) {
                ARQ.getContext().set(ARQ.topNSortingThreshold, (int) Math.min(Integer.MAX_VALUE, wanted));
            }
        }
    }

    public int defaultLimit() {
        return defaultLimit;
    }

    public int maxLimit() {
        return maxLimit;
    }

    public QueryLibrary library() {
        return library;
    }

    public LibraryQuery find(String name) {
        return library.find(name)
                .orElseThrow(() -> LibraryQueryException.unknownQuery(
                        "No library query named '" + name + "'; GET /api/queries lists them"));
    }

    /** Checks and types the raw parameters against the query's header: unknown names and bad values are 400. */
    public Map<String, Node> bind(LibraryQuery q, Map<String, String> raw) {
        Map<String, LibraryQuery.Parameter> declared = new HashMap<>();
        q.parameters().forEach(p -> declared.put(p.name(), p));
        for (String name : raw.keySet()) {
            if (!declared.containsKey(name)) {
                throw LibraryQueryException.badParameter("Unknown parameter '" + name + "' for query '" + q.name()
                        + "'; it takes " + (declared.isEmpty() ? "no parameters" : declared.keySet()));
            }
        }
        Map<String, Node> values = new TreeMap<>();
        for (LibraryQuery.Parameter p : q.parameters()) {
            String value = raw.getOrDefault(p.name(), p.defaultValue());
            if (value == null && p.optional()) {
                continue; // the variable stays free
            }
            if (value == null) {
                throw LibraryQueryException.badParameter(
                        "Parameter '" + p.name() + "' (" + p.label() + ") is required");
            }
            values.put(p.name(), p.type().parse(p.name(), value, baseIri));
        }
        return values;
    }

    /** The page size asked for: absent means the default; otherwise an integer from 1 to the maximum, else 400. */
    public long limit(String raw) {
        if (raw == null) {
            return defaultLimit;
        }
        long v = integer("limit", raw, "an integer from 1 to " + maxLimit);
        if (v < 1 || v > maxLimit) {
            throw LibraryQueryException.badParameter(
                    "Parameter 'limit' must be an integer from 1 to " + maxLimit + ", not '" + shown(raw) + "'");
        }
        return v;
    }

    /** Rows to skip: absent means 0; otherwise a non-negative integer, else 400. */
    public long offset(String raw) {
        if (raw == null) {
            return 0;
        }
        long v = integer("offset", raw, "an integer of at least 0");
        if (v < 0 || v > MAX_OFFSET) {
            throw LibraryQueryException.badParameter(
                    "Parameter 'offset' must be an integer from 0 to " + MAX_OFFSET + ", not '" + shown(raw) + "'");
        }
        return v;
    }

    private static long integer(String parameter, String raw, String expected) {
        String v = raw.trim();
        if (!v.matches("[+-]?\\d{1,18}")) {
            throw LibraryQueryException.badParameter(
                    "Parameter '" + parameter + "' must be " + expected + ", not '" + shown(raw) + "'");
        }
        return Long.parseLong(v);
    }

    private static String shown(String raw) {
        return raw.length() > 80 ? raw.substring(0, 80) + "…" : raw;
    }

    /**
     * A copy of {@code query} that returns rows {@code offset+1 … offset+limit+1} of its answer: the
     * extra row tells whether another page follows. Library queries carry no LIMIT / OFFSET of their own
     * ({@link QueryLibrary} refuses them), so the page is the only slice.
     */
    static Query page(Query query, long limit, long offset) {
        Query paged = query.cloneQuery();
        paged.setLimit(limit + 1);
        paged.setOffset(offset == 0 ? Query.NOLIMIT : offset);
        return paged;
    }

    /** The first page (default size) with the query's default parameters filled in for those not given. */
    public QueryOutcome run(String name, Map<String, String> raw) {
        return answer(name, raw).outcome();
    }

    /**
     * Runs one page of a library query. {@code raw} holds the query's own parameters and optionally
     * {@code limit} and {@code offset}.
     */
    public LibraryAnswer answer(String name, Map<String, String> raw) {
        LibraryQuery q = find(name);
        Map<String, String> own = new HashMap<>(raw);
        long limit = limit(own.remove("limit"));
        long offset = offset(own.remove("offset"));
        Map<String, Node> values = bind(q, own);
        String key = name + "|" + values + "|" + limit + "|" + offset;
        DerivedSnapshot.Stamped<Map<String, LibraryAnswer>> cached = cache.stamped();
        String version = cached.version();
        synchronized (cached.value()) {
            LibraryAnswer hit = cached.value().get(key);
            if (hit != null) {
                return hit;
            }
        }
        QueryOutcome.Select whole = q.precomputed() && precomputed != null
                ? precomputed.answer(name, version).orElse(null)
                : null;
        if (whole != null
                && (!whole.truncated() || offset + limit < whole.rows().size())) {
            // a slice of the answer computed for this very version (of its first rows, for a page that ends before
            // them): no cache entry needed
            int from = (int) Math.min(offset, whole.rows().size());
            int to = (int) Math.min(offset + limit, whole.rows().size());
            return new LibraryAnswer(
                    new QueryOutcome.Select(whole.variables(), whole.rows().subList(from, to), false),
                    limit,
                    offset,
                    whole.rows().size() > offset + limit,
                    true);
        }
        LibraryIndex index = q.indexed() && precomputed != null
                ? precomputed.index(name, version).orElse(null)
                : null;
        QueryOutcome.Select indexed =
                index != null ? index.page(values, limit, offset).orElse(null) : null;
        if (indexed != null) {
            LibraryAnswer fromIndex = trim(indexed, limit, offset);
            return remember(
                    key, version, new LibraryAnswer(fromIndex.outcome(), limit, offset, fromIndex.more(), true));
        }
        Query bound = page(SparqlFiles.bind(q.query(), values), limit, offset);
        return remember(key, version, trim(queries.execute(bound, List.of(), List.of()), limit, offset));
    }

    /** Caches {@code answer} unless a write changed the version while it was computed. */
    private LibraryAnswer remember(String key, String version, LibraryAnswer answer) {
        cache.at(version).ifPresent(answers -> {
            synchronized (answers) {
                answers.put(key, answer);
            }
        });
        return answer;
    }

    private static Map<String, LibraryAnswer> emptyCache() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LibraryAnswer> eldest) {
                return size() > CACHE_SIZE;
            }
        };
    }

    private static LibraryAnswer trim(QueryOutcome outcome, long limit, long offset) {
        if (outcome instanceof QueryOutcome.Select s && s.rows().size() > limit) {
            return new LibraryAnswer(
                    new QueryOutcome.Select(s.variables(), List.copyOf(s.rows().subList(0, (int) limit)), false),
                    limit,
                    offset,
                    true,
                    false);
        }
        return new LibraryAnswer(outcome, limit, offset, outcome.truncated(), false);
    }
}
