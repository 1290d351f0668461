package org.diplokg.query.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * One object per distinct RDF term while a {@link LibraryIndex} is built. TDB2 decodes inline literals
 * (numbers, dates) into a new node for every row, so an index of a million rows would otherwise hold a
 * million copies of fifty confidence values. Terms are equal here exactly when they are the same RDF term.
 */
final class NodeInterner {

    private final Map<Node, Node> nodes = new HashMap<>();

    Node intern(Node node) {
        return node == null ? null : nodes.computeIfAbsent(node, n -> n);
    }

    /** The row with only {@code columns}, each value interned; unbound columns stay unbound. */
    Binding row(Binding source, List<Var> columns) {
        BindingBuilder row = BindingBuilder.create();
        for (Var v : columns) {
            Node value = source.get(v);
            if (value != null) {
                row.add(v, intern(value));
            }
        }
        return row.build();
    }
}
