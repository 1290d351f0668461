package org.diplokg.support;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.store.QueryOutcome;

/** A SELECT answer as a plain table (one list per row, in the order of the variables), for comparing answers. */
public final class SelectRows {

    private SelectRows() {}

    public static List<List<Node>> table(QueryOutcome.Select s) {
        List<List<Node>> rows = new ArrayList<>();
        for (Binding b : s.rows()) {
            List<Node> row = new ArrayList<>();
            for (Var v : s.variables()) {
                row.add(b.get(v));
            }
            rows.add(row);
        }
        return rows;
    }
}
