package org.diplokg.store;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A finished query's answer, detached from any transaction so it can be written out slowly.
 */
public sealed interface QueryOutcome {

    /** True when {@link QueryOptions#maxRows()} cut the answer. */
    boolean truncated();

    record Select(List<Var> variables, List<Binding> rows, boolean truncated) implements QueryOutcome {}

    record Ask(boolean answer) implements QueryOutcome {
        @Override
        public boolean truncated() {
            return false;
        }
    }

    record Triples(Graph graph, boolean truncated) implements QueryOutcome {}
}
