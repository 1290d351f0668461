package org.diplokg.store.engine;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;

/**
 * The terms a {@code COUNT(DISTINCT)} has seen: the first one as it is (most groups of a whole-store grouping see
 * one value, often many times), later ones as ids of stored terms in longs and anything else as objects.
 */
final class DistinctTerms {
    private Object first;
    private LongSet stored;
    private Set<Object> others;

    void add(Object term) {
        if (first == null) {
            first = term;
        } else if (!first.equals(term)) {
            addLater(term);
        }
    }

    private void addLater(Object term) {
        if (term instanceof NodeId id && id.isPtr()) {
            if (stored == null) {
                stored = new LongSet();
            }
            stored.add(id.getPtrLocation());
            return;
        }
        if (others == null) {
            others = new HashSet<>();
        }
        others.add(term);
    }

    int size() {
        return (first == null ? 0 : 1) + (stored == null ? 0 : stored.size()) + (others == null ? 0 : others.size());
    }

    void forEach(java.util.function.Consumer<Object> action) {
        if (first != null) {
            action.accept(first);
        }
        if (stored != null) {
            stored.forEach(location -> action.accept(NodeIdFactory.createPtr(location)));
        }
        if (others != null) {
            others.forEach(action);
        }
    }
}
