package org.diplokg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplokg.graph.GraphElements.EdgeData;
import org.diplokg.graph.GraphElements.NodeData;

/** Derived edges: persons who took part in the same events, weighted by how many. */
final class MetWithEdges {

    private MetWithEdges() {}

    static List<EdgeData> derive(
            Map<String, List<String>> participantsByEvent, Map<String, NodeData> nodes, int firstId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> participants : participantsByEvent.values()) {
            List<String> persons = participants.stream()
                    .distinct()
                    .filter(p ->
                            nodes.containsKey(p) && "Person".equals(nodes.get(p).category()))
                    .sorted()
                    .toList();
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
            edges.add(new EdgeData(
                    "e" + (n++),
                    pair[0],
                    pair[1],
                    "metWith",
                    null,
                    null,
                    null,
                    entry.getValue() + (entry.getValue() == 1 ? " event" : " events"),
                    entry.getValue()));
        }
        return edges;
    }
}
