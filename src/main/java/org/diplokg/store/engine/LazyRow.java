package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * A grouping's output row whose stored terms stay node ids until something reads them. A whole-store grouping can
 * produce millions of groups of which a {@code HAVING} or a join keeps a few; decoding every group's key from the node
 * table (a random read each on a store larger than memory) was most of the time of such a query.
 */
public final class LazyRow {

    private final BindingBuilder decoded = Binding.builder();
    private final List<Var> idVars = new ArrayList<>(2);
    private final List<NodeId> ids = new ArrayList<>(2);

    /** Binds {@code v} to {@code term}: a node id of the store (decoded when read) or a term. */
    LazyRow add(Var v, Object term) {
        if (term instanceof NodeId id) {
            idVars.add(v);
            ids.add(id);
        } else {
            decoded.add(v, (Node) term);
        }
        return this;
    }

    /**
     * {@code row} cut down to {@code vars}, its stored terms kept as node ids. ARQ's projection wraps the row, and a
     * pattern joined to a projected subquery ({@code { SELECT ?fact (COUNT(?g) AS ?n) … } ?fact a ?type}) then looked
     * each term up in the node table again to get back the id it came with: twice a cache lookup per variable per row.
     */
    public static Binding project(Binding row, List<Var> vars, NodeTable nodes) {
        LazyRow projected = new LazyRow();
        for (Var v : vars) {
            Object term = TermCodes.idOrTerm(row, v);
            if (term != null) {
                projected.add(v, term);
            }
        }
        return projected.build(nodes);
    }

    Binding build(NodeTable nodes) {
        Binding parent = decoded.build();
        if (ids.isEmpty()) {
            return parent;
        }
        BindingNodeId stored = new BindingNodeId(parent);
        for (int i = 0; i < ids.size(); i++) {
            stored.put(idVars.get(i), ids.get(i));
        }
        return new BindingTDB(stored, nodes);
    }
}
