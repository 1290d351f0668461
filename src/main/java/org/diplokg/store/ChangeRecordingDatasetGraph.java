package org.diplokg.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes writes through to the store and remembers which subjects they touched, so validation
 * can check just those nodes instead of the whole store.
 */
final class ChangeRecordingDatasetGraph extends DatasetGraphWrapper {

    private final Set<Node> touched = new LinkedHashSet<>();
    private final java.util.Map<Node, long[]> perGraph;
    private boolean wholeStoreTouched;

    ChangeRecordingDatasetGraph(DatasetGraph base) {
        this(base, false);
    }

    /** @param countPerGraph also count the quads each graph really gained and lost (for the audit trail) */
    ChangeRecordingDatasetGraph(DatasetGraph base, boolean countPerGraph) {
        super(base);
        this.perGraph = countPerGraph ? new java.util.LinkedHashMap<>() : null;
    }

    /** Quads added and removed per graph, or null when not counted. */
    CommitSummary summary() {
        if (perGraph == null) {
            return null;
        }
        java.util.Map<Node, CommitSummary.Delta> out = new java.util.LinkedHashMap<>();
        perGraph.forEach((g, n) -> {
            if (n[0] != 0 || n[1] != 0) {
                out.put(g, new CommitSummary.Delta(n[0], n[1]));
            }
        });
        return new CommitSummary(out);
    }

    private void count(Node g, boolean added) {
        if (perGraph != null) {
            Node key = g == null || Quad.isDefaultGraph(g) ? Quad.defaultGraphIRI : g;
            perGraph.computeIfAbsent(key, k -> new long[2])[added ? 0 : 1]++;
        }
    }

    Set<Node> touchedSubjects() {
        return touched;
    }

    boolean wholeStoreTouched() {
        return wholeStoreTouched;
    }

    private void record(Node s) {
        if (s != null && s.isConcrete()) {
            touched.add(s);
        }
    }

    @Override
    public void add(Quad quad) {
        record(quad.getSubject());
        if (perGraph != null && !super.contains(quad)) {
            count(quad.getGraph(), true);
        }
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        record(s);
        if (perGraph != null && !super.contains(g, s, p, o)) {
            count(g, true);
        }
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        record(quad.getSubject());
        if (perGraph != null && super.contains(quad)) {
            count(quad.getGraph(), false);
        }
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        record(s);
        if (perGraph != null && super.contains(g, s, p, o)) {
            count(g, false);
        }
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        Iterator<Quad> it = find(g, s, p, o);
        it.forEachRemaining(q -> {
            record(q.getSubject());
            count(q.getGraph(), false);
        });
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void removeGraph(Node graphName) {
        find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            record(q.getSubject());
            count(q.getGraph(), false);
        });
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        wholeStoreTouched = true;
        if (perGraph != null) {
            find().forEachRemaining(q -> count(q.getGraph(), false));
        }
        super.clear();
    }
}
