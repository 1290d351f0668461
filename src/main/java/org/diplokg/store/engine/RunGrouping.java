package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;

/**
 * A grouping by one variable of a one-quad pattern, read from a quad index in which the pattern's constants come first
 * and the key next ({@code ?s a ?type} grouped by {@code ?type}: index POSG): each group is then one run of adjacent
 * tuples, counted as it passes, with no map of groups and no row objects. Counting the types of a million resources
 * was a hash lookup and two small objects per quad. A {@code COUNT(DISTINCT ?v)} is counted this way only when
 * {@code ?v} comes right after the key in the index, so that its values change in runs too.
 */
final class RunGrouping extends QueryIter {

    private static final String PRIMARY = "GSPO";
    private static final int CHECK_EVERY = 4096;

    private final Iterator<Tuple<NodeId>> tuples;
    private final Var key;
    private final int keySlot;
    private final List<ExprAggregator> aggregates;
    private final IdGrouping.Kind[] kinds; // COUNT_DISTINCT of the key itself is 1 per group
    private final int[] argSlots;
    private final boolean union;
    private final NodeTable nodes;
    private Tuple<NodeId> pending;
    private Tuple<NodeId> previous;
    private long read;

    private RunGrouping(
            Iterator<Tuple<NodeId>> tuples,
            Var key,
            int keySlot,
            List<ExprAggregator> aggregates,
            IdGrouping.Kind[] kinds,
            int[] argSlots,
            boolean union,
            NodeTable nodes,
            ExecutionContext cxt) {
        super(cxt);
        this.tuples = tuples;
        this.key = key;
        this.keySlot = keySlot;
        this.aggregates = aggregates;
        this.kinds = kinds;
        this.argSlots = argSlots;
        this.union = union;
        this.nodes = nodes;
    }

    /**
     * The groups, or null when no index gives this grouping in runs: {@code terms} is the pattern in G S P O order
     * ({@code Node.ANY} in G for the union graph), {@code vars[i]} bound by slot {@code slots[i]}, each variable
     * once.
     */
    static QueryIterator group(
            Node[] terms,
            boolean union,
            Var[] vars,
            int[] slots,
            OpGroup group,
            NodeTupleTable quads,
            ExecutionContext cxt) {
        List<Var> keys = group.getGroupVars().getVars();
        if (keys.size() != 1 || !group.getGroupVars().getExprs().isEmpty()) {
            return null;
        }
        int keySlot = slotOf(keys.get(0), vars, slots);
        if (keySlot < 0) {
            return null;
        }
        List<ExprAggregator> aggregates = group.getAggregators();
        IdGrouping.Kind[] kinds = new IdGrouping.Kind[aggregates.size()];
        int[] argSlots = new int[aggregates.size()];
        int distinctSlot = -1;
        for (int i = 0; i < kinds.length; i++) {
            Aggregator a = aggregates.get(i).getAggregator();
            int arg = a instanceof AggCount
                    ? keySlot
                    : slotOf(a.getExprList().get(0).asVar(), vars, slots);
            if (arg < 0) {
                return null;
            }
            argSlots[i] = arg;
            if (a instanceof AggCount || a instanceof AggCountVar) {
                kinds[i] = IdGrouping.Kind.COUNT_VAR;
            } else if (a instanceof AggSample) {
                kinds[i] = IdGrouping.Kind.SAMPLE;
            } else if (a instanceof AggCountVarDistinct) {
                kinds[i] = IdGrouping.Kind.COUNT_DISTINCT;
                if (arg != keySlot) {
                    if (distinctSlot >= 0 && distinctSlot != arg) {
                        return null;
                    }
                    distinctSlot = arg;
                }
            } else {
                return null;
            }
        }
        NodeId[] pattern = new NodeId[4];
        List<Integer> constants = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            if (terms[i].isVariable() || terms[i] == Node.ANY) {
                pattern[i] = NodeId.NodeIdAny;
            } else {
                pattern[i] = quads.getNodeTable().getNodeIdForNode(terms[i]);
                if (pattern[i] == null || NodeId.isDoesNotExist(pattern[i])) {
                    return null;
                }
                constants.add(i);
            }
        }
        TupleIndex index = chooseIndex(quads, constants, keySlot, distinctSlot, union);
        if (index == null) {
            return null;
        }
        return new RunGrouping(
                index.find(TupleFactory.create(pattern)),
                keys.get(0),
                keySlot,
                aggregates,
                kinds,
                argSlots,
                union,
                quads.getNodeTable(),
                cxt);
    }

    /** An index that orders the constants first, then the key, then the distinct-counted slot, G last over the union. */
    private static TupleIndex chooseIndex(
            NodeTupleTable quads, List<Integer> constants, int keySlot, int distinctSlot, boolean union) {
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            String order = index.getName().toUpperCase(java.util.Locale.ROOT);
            if (order.length() != 4) {
                continue;
            }
            boolean fits = true;
            for (int pos = 0; pos < constants.size() && fits; pos++) {
                fits = constants.contains(PRIMARY.indexOf(order.charAt(pos)));
            }
            fits = fits && PRIMARY.indexOf(order.charAt(constants.size())) == keySlot;
            if (distinctSlot >= 0) {
                fits = fits && PRIMARY.indexOf(order.charAt(constants.size() + 1)) == distinctSlot;
            }
            if (union) {
                fits = fits && order.charAt(3) == 'G';
            }
            if (fits) {
                return index;
            }
        }
        return null;
    }

    private static int slotOf(Var v, Var[] vars, int[] slots) {
        for (int i = 0; i < vars.length; i++) {
            if (vars[i].equals(v)) {
                return slots[i];
            }
        }
        return -1;
    }

    @Override
    protected boolean hasNextBinding() {
        if (pending == null) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    protected Binding moveToNextBinding() {
        Tuple<NodeId> first = pending;
        NodeId group = first.get(keySlot);
        long rows = 0;
        long distinct = 0;
        NodeId lastDistinct = null;
        Tuple<NodeId> t = first;
        while (t != null && t.get(keySlot).equals(group)) {
            rows++;
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == IdGrouping.Kind.COUNT_DISTINCT && argSlots[i] != keySlot) {
                    NodeId value = t.get(argSlots[i]);
                    if (!value.equals(lastDistinct)) {
                        distinct++;
                        lastDistinct = value;
                    }
                    break;
                }
            }
            t = advance();
        }
        pending = t;
        LazyRow row = new LazyRow().add(key, group);
        for (int i = 0; i < kinds.length; i++) {
            Var out = aggregates.get(i).getVar();
            switch (kinds[i]) {
                case SAMPLE -> row.add(out, first.get(argSlots[i]));
                case COUNT_DISTINCT ->
                    row.add(
                            out,
                            NodeValue.makeInteger(argSlots[i] == keySlot ? 1 : distinct)
                                    .asNode());
                default -> row.add(out, NodeValue.makeInteger(rows).asNode());
            }
        }
        return row.build(nodes);
    }

    /** The next tuple, a triple stated in several graphs once over the union; null at the end. */
    private Tuple<NodeId> advance() {
        while (tuples.hasNext()) {
            Tuple<NodeId> t = tuples.next();
            if (++read % CHECK_EVERY == 0 && cancelled()) {
                throw new QueryCancelledException();
            }
            if (union && previous != null && sameTriple(previous, t)) {
                continue;
            }
            previous = t;
            return t;
        }
        return null;
    }

    private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
        return a.get(1).equals(b.get(1))
                && a.get(2).equals(b.get(2))
                && a.get(3).equals(b.get(3));
    }

    private boolean cancelled() {
        return getExecContext().getCancelSignal() != null
                && getExecContext().getCancelSignal().get();
    }

    @Override
    protected void closeIterator() {
        Iter.close(tuples);
    }

    @Override
    protected void requestCancel() {}

    @Override
    public void output(IndentedWriter out, SerializationContext sCxt) {
        out.print("RunGrouping " + key + " " + aggregates);
    }
}
