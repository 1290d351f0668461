package org.diplokg.store;

import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * What one commit changed, graph by graph, so that an audit trail can say which graphs a write touched
 * and how many triples it added and removed without reading the store again.
 *
 * @param graphs the quads added and removed per graph ({@code Quad.defaultGraphIRI} for the default graph)
 */
public record CommitSummary(Map<Node, Delta> graphs) {

    public CommitSummary {
        graphs = Map.copyOf(graphs);
    }

    /** Quads really added (not already there) and really removed (that were there). */
    public record Delta(long added, long removed) {}

    public long added() {
        return graphs.values().stream().mapToLong(Delta::added).sum();
    }

    public long removed() {
        return graphs.values().stream().mapToLong(Delta::removed).sum();
    }
}
