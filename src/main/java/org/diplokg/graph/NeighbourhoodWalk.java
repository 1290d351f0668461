package org.diplokg.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplokg.graph.GraphElements.EdgeData;
import org.diplokg.graph.GraphElements.Element;
import org.diplokg.graph.GraphElements.NodeData;

/**
 * A breadth-first walk in memory from one entity, filtered by node category, edge kind and date window,
 * stopping at a node budget; then the edges among the reached nodes the walk did not traverse.
 */
final class NeighbourhoodWalk {

    private NeighbourhoodWalk() {}

    /**
     * What a walk may cross: nodes of these categories, edges of these kinds that hold in the date window (ISO
     * dates, null = open; {@code asOf} keeps what held on that day, {@code from}/{@code to} what overlaps).
     */
    record Filter(Set<String> categories, Set<String> kinds, String asOf, String from, String to) {
        boolean keeps(EdgeData e) {
            return kinds.contains(e.kind()) && DateWindow.keeps(e.from(), e.to(), asOf, from, to);
        }
    }

    static GraphElements walk(GraphSnapshot s, String center, int depth, Filter filter, int maxNodes) {
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
                    if (!filter.keeps(e)) {
                        continue;
                    }
                    String other = e.source().equals(n) ? e.target() : e.source();
                    NodeData od = s.nodes().get(other);
                    if (od == null || !filter.categories().contains(od.category())) {
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
                if (reached.contains(e.source()) && reached.contains(e.target()) && filter.keeps(e)) {
                    edges.putIfAbsent(e.id(), e);
                }
            }
        }
        List<Element<NodeData>> nodeList = reached.stream()
                .map(id -> s.nodes().getOrDefault(id, GraphReader.unknown(id)))
                .map(Element::new)
                .toList();
        List<Element<EdgeData>> edgeList =
                edges.values().stream().map(Element::new).toList();
        return new GraphElements(nodeList, edgeList, truncated);
    }
}
