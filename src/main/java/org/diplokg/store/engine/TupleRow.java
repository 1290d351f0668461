package org.diplokg.store.engine;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * One quad of an index scan as a row: the variables of a one-quad pattern read straight from the index's tuple of node
 * ids. A grouping over such a scan ({@link ScanGrouping}) reads ids without building TDB2's per-row map of
 * variables to ids, which was most of the cost of counting tens of millions of quads; a term is decoded only if
 * something asks for it.
 */
final class TupleRow extends VarArrayRow {

    private final Tuple<NodeId> tuple;
    private final int[] slots;
    private final NodeTable nodes;

    private TupleRow(Binding parent, Tuple<NodeId> tuple, Var[] vars, int[] slots, NodeTable nodes) {
        super(parent, vars);
        this.tuple = tuple;
        this.slots = slots;
        this.nodes = nodes;
    }

    /** Rows over {@code tuples}: variable {@code vars[i]} is the tuple's slot {@code slots[i]}. */
    static Iterator<Binding> over(Iterator<Tuple<NodeId>> tuples, Var[] vars, int[] slots, NodeTable nodes) {
        return Iter.map(tuples, tuple -> new TupleRow(null, tuple, vars, slots, nodes));
    }

    /** One row: variable {@code vars[i]} is the tuple's slot {@code slots[i]}. */
    static Binding single(Tuple<NodeId> tuple, Var[] vars, int[] slots, NodeTable nodes) {
        return new TupleRow(null, tuple, vars, slots, nodes);
    }

    /** One row: variable {@code vars[i]} is the tuple's item {@code i}. */
    static Binding single(Tuple<NodeId> tuple, Var[] vars, NodeTable nodes) {
        int[] slots = new int[vars.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = i;
        }
        return new TupleRow(null, tuple, vars, slots, nodes);
    }

    /** The node id of {@code v}, or null when the pattern does not bind it. */
    NodeId id(Var v) {
        int i = indexOf(v);
        return i < 0 ? null : tuple.get(slots[i]);
    }

    @Override
    Node value(int index) {
        return nodes.getNodeForNodeId(tuple.get(slots[index]));
    }

    @Override
    protected Binding detachWithNewParent(Binding newParent) {
        return new TupleRow(newParent, tuple, ownVars(), slots, nodes);
    }
}
