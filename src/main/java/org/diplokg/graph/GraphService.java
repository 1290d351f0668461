package org.diplokg.graph;

import static org.diplokg.store.Bindings.text;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.graph.GraphElements.EdgeData;
import org.diplokg.graph.GraphElements.Element;
import org.diplokg.graph.GraphElements.NodeData;
import org.diplokg.store.SparqlFiles;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Builds the relationship graph around an entity. All nodes and edges are read with two library
 * queries once per dataset version; a request is then a breadth-first walk in memory, filtered by
 * node category, edge kind and date, so neighbourhoods answer in milliseconds.
 */
@Service
public class GraphService {

    /** Edge kinds the explorer knows, in legend order. */
    public static final List<String> KINDS = List.of("partnership", "relation", "holds", "memberOf", "metWith", "accreditedTo", "participant");
    public static final List<String> CATEGORIES = List.of("Country", "Person", "Organization", "Mission", "Event", "Other");

    private static final Set<String> MISSIONS = Set.of("DiplomaticMission", "Embassy", "ConsulateGeneral", "PermanentMission");
    private static final Set<String> ORGANIZATIONS = Set.of("Organization", "Government", "Ministry", "Department", "PoliticalParty",
            "PartyBody", "Legislature", "InternationalOrganization");

    private record Snapshot(String version, Map<String, NodeData> nodes, List<EdgeData> edges, Map<String, List<EdgeData>> adjacency) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(GraphService.class);

    private final KnowledgeStore store;
    private final Query edgesQuery = SparqlFiles.query("queries/graph/edges.rq");
    private final Query nodesQuery = SparqlFiles.query("queries/graph/nodes.rq");
    private final Query factsQuery = SparqlFiles.query("queries/graph/node-facts.rq");
    private volatile Snapshot snapshot = new Snapshot("", Map.of(), List.of(), Map.of());

    public GraphService(KnowledgeStore store) {
        this.store = store;
    }

    /**
     * Builds the snapshot in the background once the server is up, so that the first explorer request does not
     * pay for reading every node and edge (later writes rebuild it lazily, on the next request).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread.ofVirtual().name("graph-snapshot-warm-up").start(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                LOG.debug("Graph snapshot warm-up failed; the first request will build it", e);
            }
        });
    }

    /** The side-panel facts of one node, each with its source graph. */
    public NodeFacts facts(String iri) {
        Query q = SparqlFiles.bind(factsQuery, Map.of("node", org.apache.jena.graph.NodeFactory.createURI(iri)));
        List<NodeFacts.Fact> facts = ((QueryOutcome.Select) store.query(q, QueryOptions.of(Duration.ofSeconds(10), 500))).rows().stream()
                .map(b -> new NodeFacts.Fact(text(b, "p"), text(b, "o"), text(b, "oLabel"), text(b, "g"), text(b, "source")))
                .toList();
        return new NodeFacts(current().nodes().getOrDefault(iri, unknown(iri)), facts);
    }

    /** Number of entities per explorer category. */
    public Map<String, Long> categoryCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        current().nodes().values().forEach(n -> counts.merge(n.category(), 1L, Long::sum));
        return counts;
    }

    public boolean knows(String iri) {
        return current().nodes().containsKey(iri);
    }

    /**
     * @param window dates as ISO strings (null = open): {@code asOf} keeps what held on that day;
     *               {@code from}/{@code to} keep what overlaps the period
     */
    public GraphElements neighbourhood(String center, int depth, Set<String> categories, Set<String> kinds,
                                       String asOf, String from, String to, int maxNodes) {
        Snapshot s = current();
        Set<String> reached = new LinkedHashSet<>();
        Map<String, EdgeData> edges = new LinkedHashMap<>();
        Deque<String> frontier = new ArrayDeque<>();
        reached.add(center);
        frontier.add(center);
        boolean truncated = false;
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            Deque<String> next = new ArrayDeque<>();
            for (String n : frontier) {
                for (EdgeData e : s.adjacency().getOrDefault(n, List.of())) {
                    if (!kinds.contains(e.kind()) || !DateWindow.keeps(e.from(), e.to(), asOf, from, to)) {
                        continue;
                    }
                    String other = e.source().equals(n) ? e.target() : e.source();
                    NodeData od = s.nodes().get(other);
                    if (od == null || !categories.contains(od.category())) {
                        continue;
                    }
                    if (!reached.contains(other)) {
                        if (reached.size() >= maxNodes) {
                            truncated = true;
                            continue;
                        }
                        reached.add(other);
                        next.add(other);
                    }
                    edges.put(e.id(), e);
                }
            }
            frontier = next;
        }
        // edges among reached nodes that the walk did not traverse (e.g. between two leaves)
        for (String n : reached) {
            for (EdgeData e : s.adjacency().getOrDefault(n, List.of())) {
                if (reached.contains(e.source()) && reached.contains(e.target()) && kinds.contains(e.kind())
                        && DateWindow.keeps(e.from(), e.to(), asOf, from, to)) {
                    edges.putIfAbsent(e.id(), e);
                }
            }
        }
        List<Element<NodeData>> nodeList = reached.stream().map(id -> s.nodes().getOrDefault(id, unknown(id))).map(Element::new).toList();
        List<Element<EdgeData>> edgeList = edges.values().stream().map(Element::new).toList();
        return new GraphElements(nodeList, edgeList, truncated);
    }

    private static NodeData unknown(String iri) {
        return new NodeData(iri, localName(iri), null, null, "Other", List.of());
    }

    private Snapshot current() {
        String version = store.version();
        if (!snapshot.version().equals(version)) {
            synchronized (this) {
                if (!snapshot.version().equals(version)) {
                    snapshot = load(version);
                }
            }
        }
        return snapshot;
    }

    private Snapshot load(String version) {
        QueryOptions all = QueryOptions.of(Duration.ofMinutes(2), Long.MAX_VALUE);
        Map<String, NodeData> nodes = new HashMap<>();
        for (Binding b : ((QueryOutcome.Select) store.query(nodesQuery, all)).rows()) {
            String iri = b.get(Var.alloc("node")).getURI();
            String vi = text(b, "vi");
            String en = text(b, "en");
            List<String> types = Arrays.stream(text(b, "types").split(" ")).filter(t -> !t.isBlank()).sorted().toList();
            String label = vi != null ? vi : en != null ? en : localName(iri);
            nodes.put(iri, new NodeData(iri, label, vi, en, category(types), types));
        }
        List<EdgeData> edges = new ArrayList<>();
        Map<String, List<String>> participantsByEvent = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int n = 0;
        for (Binding b : ((QueryOutcome.Select) store.query(edgesQuery, all)).rows()) {
            String kind = text(b, "kind");
            Node sourceNode = b.get(Var.alloc("source"));
            Node targetNode = b.get(Var.alloc("target"));
            if (targetNode == null || !targetNode.isURI() || sourceNode == null || !sourceNode.isURI()) {
                continue;
            }
            String source = sourceNode.getURI();
            String target = targetNode.getURI();
            Node level = b.get(Var.alloc("level"));
            // one edge per fact: competing claims about its dates (one per source) keep the first, earliest row
            if (!seen.add(kind + "|" + source + "|" + target + "|" + text(b, "via") + "|" + level)) {
                continue;
            }
            edges.add(new EdgeData("e" + (n++), source, target, kind, level == null || !level.isURI() ? null : localName(level.getURI()),
                    text(b, "from"), text(b, "to"), text(b, "label"), 1));
            if ("participant".equals(kind)) {
                participantsByEvent.computeIfAbsent(source, k -> new ArrayList<>()).add(target);
            }
        }
        edges.addAll(metWith(participantsByEvent, nodes, n));
        Map<String, List<EdgeData>> adjacency = new HashMap<>();
        for (EdgeData e : edges) {
            adjacency.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
            adjacency.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
        }
        return new Snapshot(version, nodes, edges, adjacency);
    }

    /** Persons who took part in the same events, weighted by how many. */
    private static List<EdgeData> metWith(Map<String, List<String>> participantsByEvent, Map<String, NodeData> nodes, int firstId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> participants : participantsByEvent.values()) {
            List<String> persons = participants.stream().distinct()
                    .filter(p -> nodes.containsKey(p) && "Person".equals(nodes.get(p).category())).sorted().toList();
            for (int i = 0; i < persons.size(); i++) {
                for (int j = i + 1; j < persons.size(); j++) {
                    counts.merge(persons.get(i) + " " + persons.get(j), 1, Integer::sum);
                }
            }
        }
        List<EdgeData> edges = new ArrayList<>();
        int n = firstId;
        for (var entry : counts.entrySet()) {
            String[] pair = entry.getKey().split(" ");
            edges.add(new EdgeData("e" + (n++), pair[0], pair[1], "metWith", null, null, null,
                    entry.getValue() + (entry.getValue() == 1 ? " event" : " events"), entry.getValue()));
        }
        return edges;
    }

    static String category(List<String> types) {
        if (types.contains("Person")) {
            return "Person";
        }
        if (types.contains("Country")) {
            return "Country";
        }
        if (types.stream().anyMatch(MISSIONS::contains)) {
            return "Mission";
        }
        if (types.stream().anyMatch(ORGANIZATIONS::contains)) {
            return "Organization";
        }
        if (types.stream().anyMatch(t -> t.endsWith("Event") || t.endsWith("Visit") || t.endsWith("Call") || Set.of("Talks", "Meeting",
                "Reception", "WorkingSession", "Conference", "Summit", "Signing", "CredentialsPresentation", "AwardCeremony").contains(t))) {
            return "Event";
        }
        return "Other";
    }


    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 ? iri.substring(i + 1) : iri;
    }
}
