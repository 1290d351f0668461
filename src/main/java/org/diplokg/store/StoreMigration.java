package org.diplokg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Copies a whole dataset from one store to another, graph by graph (each graph one atomic write
 * on the target), then checks that both hold the same number of quads.
 */
public final class StoreMigration {

    /** Outcome of a migration; {@link #matches()} is the final count check. */
    public record Report(int graphs, long sourceQuads, long targetQuads) {
        public boolean matches() {
            return sourceQuads == targetQuads;
        }
    }

    private StoreMigration() {}

    public static Report copy(KnowledgeStore source, KnowledgeStore target, Consumer<String> progress) {
        List<Node> graphs = new ArrayList<>(source.graphNames());
        graphs.add(Quad.defaultGraphIRI);
        int done = 0;
        for (Node g : graphs) {
            Graph content = source.graph(g).orElse(null);
            done++;
            if (content == null || content.isEmpty()) {
                continue;
            }
            target.replaceGraph(g, content);
            progress.accept(String.format(
                    "[%d/%d] %s: %,d triples",
                    done, graphs.size(), Quad.isDefaultGraph(g) ? "default graph" : g.getURI(), content.size()));
        }
        return new Report(graphs.size(), source.size(), target.size());
    }
}
