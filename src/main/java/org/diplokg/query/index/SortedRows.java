package org.diplokg.query.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Patching a sorted list of index rows: drop the rows of some keys, merge in re-read rows, keep the order. */
final class SortedRows {

    private SortedRows() {}

    /** {@code rows} without those whose {@code key} is in {@code keys}, then {@code added} merged in by {@code order}. */
    static List<Binding> replace(
            List<Binding> rows, Var key, Set<Node> keys, List<Binding> added, Comparator<Binding> order) {
        List<Binding> fresh = new ArrayList<>(added);
        fresh.sort(order);
        List<Binding> merged = new ArrayList<>(rows.size() + fresh.size());
        int i = 0;
        for (Binding row : rows) {
            if (keys.contains(row.get(key))) {
                continue;
            }
            while (i < fresh.size() && order.compare(fresh.get(i), row) < 0) {
                merged.add(fresh.get(i++));
            }
            merged.add(row);
        }
        while (i < fresh.size()) {
            merged.add(fresh.get(i++));
        }
        return List.copyOf(merged);
    }
}
