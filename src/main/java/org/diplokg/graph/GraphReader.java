package org.diplokg.graph;

import static org.diplokg.store.Bindings.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.graph.GraphElements.EdgeData;
import org.diplokg.graph.GraphElements.NodeData;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Component;

/**
 * Reads the whole explorer graph with two feature queries (nodes, edges), puts each node in its category
 * and adds the derived {@code metWith} edges.
 */
@Component
class GraphReader {

    private final KnowledgeStore store;
    private final CategoryTaxonomy taxonomy;
    private final Query edgesQuery = SparqlFiles.query("queries/graph/edges.rq");
    private final Query nodesQuery = SparqlFiles.query("queries/graph/nodes.rq");
    private final Query nodeTypesQuery = SparqlFiles.query("queries/graph/node-types.rq");

    GraphReader(KnowledgeStore store, CategoryTaxonomy taxonomy) {
        this.store = store;
        this.taxonomy = taxonomy;
    }

    GraphSnapshot read() {
        QueryOptions all = QueryOptions.of(Duration.ofMinutes(2), Long.MAX_VALUE);
        Map<String, NodeData> nodes = new HashMap<>();
        for (Binding b : store.select(nodesQuery, all)) {
            String iri = b.get(Var.alloc("node")).getURI();
            String vi = text(b, "vi");
            String en = text(b, "en");
            List<String> types = Arrays.stream(text(b, "types").split(" "))
                    .filter(t -> !t.isBlank())
                    .sorted()
                    .toList();
            String label = vi != null ? vi : en != null ? en : localName(iri);
            nodes.put(iri, new NodeData(iri, label, vi, en, taxonomy.category(types), types));
        }
        List<EdgeData> edges = new ArrayList<>();
        Map<String, List<String>> participantsByEvent = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (Binding b : store.select(edgesQuery, all)) {
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
            edges.add(new EdgeData(
                    "e" + (n++),
                    source,
                    target,
                    kind,
                    level == null || !level.isURI() ? null : localName(level.getURI()),
                    text(b, "from"),
                    text(b, "to"),
                    text(b, "label"),
                    1));
            if ("participant".equals(kind)) {
                participantsByEvent
                        .computeIfAbsent(source, k -> new ArrayList<>())
                        .add(target);
            }
        }
        edges.addAll(MetWithEdges.derive(participantsByEvent, nodes, n));
        Map<String, List<EdgeData>> adjacency = new HashMap<>();
        for (EdgeData e : edges) {
            adjacency.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
            adjacency.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
        }
        return new GraphSnapshot(nodes, edges, adjacency);
    }

    /**
     * Entities per explorer category, counted while the (node, type) rows stream in node order: memory for one node's
     * types, not for the graph.
     */
    Map<String, Long> categoryCounts() {
        QueryOptions all = QueryOptions.of(Duration.ofMinutes(2), Long.MAX_VALUE);
        return store.select(nodeTypesQuery, all, rows -> {
            Map<String, Long> counts = new HashMap<>();
            String current = null;
            List<String> types = new ArrayList<>();
            while (rows.hasNext()) {
                Binding b = rows.next();
                String node = b.get(Var.alloc("node")).getURI();
                if (!node.equals(current)) {
                    if (current != null) {
                        counts.merge(taxonomy.category(types), 1L, Long::sum);
                    }
                    current = node;
                    types.clear();
                }
                types.add(localName(b.get(Var.alloc("t")).getURI()));
            }
            if (current != null) {
                counts.merge(taxonomy.category(types), 1L, Long::sum);
            }
            return counts;
        });
    }

    static NodeData unknown(String iri) {
        return new NodeData(iri, localName(iri), null, null, CategoryTaxonomy.OTHER, List.of());
    }

    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 ? iri.substring(i + 1) : iri;
    }
}
