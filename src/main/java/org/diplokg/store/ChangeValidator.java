package org.diplokg.store;

import java.util.Collection;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Checks a pending write before it commits. Implemented by SHACL validation; the store calls it
 * inside the write transaction so a failed check aborts the whole write.
 */
public interface ChangeValidator {

    ChangeValidator NONE = new ChangeValidator() {
        @Override
        public void checkNodes(Graph data, Collection<Node> focusNodes) {}

        @Override
        public void checkAll(Graph data) {}
    };

    /** Validates the given nodes against {@code data}; throws to refuse the write. */
    void checkNodes(Graph data, Collection<Node> focusNodes);

    /** Validates everything in {@code data}. */
    void checkAll(Graph data);
}
