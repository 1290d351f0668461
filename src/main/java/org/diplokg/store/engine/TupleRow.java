package org.diplokg.store.engine;

import java.util.Iterator;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * One quad of an index scan as a row: the variables of a one-quad pattern read straight from the index's tuple of node
 * ids. A grouping over such a scan ({@link ScanGrouping}) reads ids without building TDB2's per-row map of
 * variables to ids, which was most of the cost of counting tens of millions of quads; a term is decoded only if
 * something asks for it.
 */
final class TupleRow extends BindingBase {

    private final Tuple<NodeId> tuple;
    private final Var[] vars;
    private final int[] slots;
    private final NodeTable nodes;

    private TupleRow(Binding parent, Tuple<NodeId> tuple, Var[] vars, int[] slots, NodeTable nodes) {
        super(parent);
        this.tuple = tuple;
        this.vars = vars;
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
        for (int i = 0; i < vars.length; i++) {
            if (vars[i].equals(v)) {
                return tuple.get(slots[i]);
            }
        }
        return null;
    }

    @Override
    protected Iterator<Var> vars1() {
        return java.util.Arrays.asList(vars).iterator();
    }

    @Override
    protected void forEach1(BiConsumer<Var, Node> action) {
        for (int i = 0; i < vars.length; i++) {
            action.accept(vars[i], nodes.getNodeForNodeId(tuple.get(slots[i])));
        }
    }

    @Override
    protected int size1() {
        return vars.length;
    }

    @Override
    protected boolean isEmpty1() {
        return vars.length == 0;
    }

    @Override
    protected boolean contains1(Var v) {
        return id(v) != null;
    }

    @Override
    protected Node get1(Var v) {
        NodeId id = id(v);
        return id == null ? null : nodes.getNodeForNodeId(id);
    }

    @Override
    protected Binding detachWithNewParent(Binding newParent) {
        return new TupleRow(newParent, tuple, vars, slots, nodes);
    }
}
