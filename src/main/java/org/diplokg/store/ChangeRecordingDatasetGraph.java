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
    private boolean wholeStoreTouched;

    ChangeRecordingDatasetGraph(DatasetGraph base) {
        super(base);
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
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        record(s);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        record(quad.getSubject());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        record(s);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        Iterator<Quad> it = find(g, s, p, o);
        it.forEachRemaining(q -> record(q.getSubject()));
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void removeGraph(Node graphName) {
        find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> record(q.getSubject()));
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        wholeStoreTouched = true;
        super.clear();
    }
}
