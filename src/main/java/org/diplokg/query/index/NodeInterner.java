package org.diplokg.query.index;

import java.util.ArrayList;
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

    /** Each of {@code source} as {@link #row}: how every index reads its view, whole or patched. */
    List<Binding> rows(List<Binding> source, List<Var> columns) {
        List<Binding> rows = new ArrayList<>(source.size());
        for (Binding b : source) {
            rows.add(row(b, columns));
        }
        return rows;
    }

    /** Each of {@code source} as {@link #row}, grouped by its (interned) value of {@code key}. */
    Map<Node, List<Binding>> rowsBy(Var key, List<Binding> source, List<Var> columns) {
        Map<Node, List<Binding>> groups = new HashMap<>();
        for (Binding b : source) {
            groups.computeIfAbsent(intern(b.get(key)), k -> new ArrayList<>()).add(row(b, columns));
        }
        return groups;
    }
}
