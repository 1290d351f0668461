package org.diplokg.graph;

import static org.diplokg.store.Bindings.text;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.diplokg.errors.DomainException;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.SparqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The relationship graph around an entity. All nodes and edges are read once per dataset version
 * ({@link GraphReader}, kept current by a {@link DerivedSnapshot}); a request is then a walk in memory
 * ({@link NeighbourhoodWalk}), filtered by node category, edge kind and date, so neighbourhoods answer
 * in milliseconds.
 */
@Service
public class GraphService {

    /** Edge kinds the explorer knows, in legend order. */
    public static final List<String> KINDS =
            List.of("partnership", "relation", "holds", "memberOf", "metWith", "accreditedTo", "participant");
    /** Node categories in legend order (which class is in which: {@link CategoryTaxonomy}, from the ontology). */
    public static final List<String> CATEGORIES = CategoryTaxonomy.LEGEND;

    private static final Logger LOG = LoggerFactory.getLogger(GraphService.class);

    private final KnowledgeStore store;
    private final DerivedSnapshot<GraphSnapshot> snapshot;
    private final DerivedSnapshot<Long> size;
    private final DerivedSnapshot<Map<String, Long>> streamedCategories;
    private final Query factsQuery = SparqlFiles.query("queries/graph/node-facts.rq");
    private final boolean warmUp;
    private final long quadLimit;

    public GraphService(KnowledgeStore store, GraphReader reader, GraphProperties settings) {
        this.store = store;
        this.snapshot = DerivedSnapshot.rebuilt(store, reader::read);
        this.size = DerivedSnapshot.rebuilt(store, store::size);
        this.streamedCategories = DerivedSnapshot.rebuilt(store, reader::categoryCounts);
        this.warmUp = settings.warmUp();
        this.quadLimit = settings.quadLimit(Runtime.getRuntime().maxMemory());
    }

    /**
     * Builds the snapshot in the background once the server is up, so that the first explorer request does not
     * pay for reading every node and edge (later writes rebuild it lazily, on the next request).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        if (!warmUp) {
            return;
        }
        Thread.ofVirtual().name("graph-snapshot-warm-up").start(() -> {
            try {
                if (!fitsInMemory()) {
                    LOG.info(
                            "Explorer graph not read at start-up: the store holds {} quads, more than the {} this heap"
                                    + " allows (diplokg.graph.max-quads); the explorer answers 503 until the heap is raised",
                            size.get(),
                            quadLimit);
                    return;
                }
                snapshot.get();
            } catch (RuntimeException e) {
                // e.g. stopped by the memory guard on a store too large for the heap; the explorer then reads on demand
                LOG.warn(
                        "Explorer graph not read at start-up ({}); the first explorer request will read it",
                        e.getMessage());
            }
        });
    }

    /** The side-panel facts of one node, each with its source graph. */
    public NodeFacts facts(String iri) {
        Query q = SparqlFiles.bind(factsQuery, Map.of("node", NodeFactory.createURI(iri)));
        List<NodeFacts.Fact> facts = store.select(q, QueryOptions.of(Duration.ofSeconds(10), 500)).stream()
                .map(b -> new NodeFacts.Fact(
                        text(b, "p"), text(b, "o"), text(b, "oLabel"), text(b, "g"), text(b, "source")))
                .toList();
        return new NodeFacts(graph().nodes().getOrDefault(iri, GraphReader.unknown(iri)), facts);
    }

    /**
     * Number of entities per explorer category: from the explorer graph when it is held, else counted by a query that
     * keeps nothing but the counts.
     */
    public Map<String, Long> categoryCounts() {
        if (!fitsInMemory()) {
            return streamedCategories.get();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        graph().nodes().values().forEach(n -> counts.merge(n.category(), 1L, Long::sum));
        return counts;
    }

    public boolean knows(String iri) {
        return graph().nodes().containsKey(iri);
    }

    /** Whether the explorer graph of the store as it is now may be held in memory ({@link GraphProperties#maxQuads}). */
    boolean fitsInMemory() {
        return size.get() <= quadLimit;
    }

    private GraphSnapshot graph() {
        if (!fitsInMemory()) {
            throw DomainException.unavailable("The explorer holds its graph in memory, and this store's " + size.get()
                    + " quads are more than the " + quadLimit
                    + " the server's heap allows; start it with a larger heap (-Xmx) or set diplokg.graph.max-quads");
        }
        return snapshot.get();
    }

    /**
     * @param window dates as ISO strings (null = open): {@code asOf} keeps what held on that day;
     *               {@code from}/{@code to} keep what overlaps the period
     */
    public GraphElements neighbourhood(
            String center,
            int depth,
            Set<String> categories,
            Set<String> kinds,
            String asOf,
            String from,
            String to,
            int maxNodes) {
        var filter = new NeighbourhoodWalk.Filter(categories, kinds, asOf, from, to);
        return NeighbourhoodWalk.walk(graph(), center, depth, filter, maxNodes);
    }
}
