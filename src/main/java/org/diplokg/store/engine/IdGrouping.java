package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * GROUP BY over TDB2 rows on node ids. {@code COUNT(*)}, {@code COUNT(?v)}, {@code COUNT(DISTINCT ?v)} and
 * {@code SAMPLE(?v)} only need to know whether two values are the same term, and TDB2 gives every term one id, so
 * ids stand in for terms: only one key per group and the samples are decoded at the end. ARQ's own grouping decodes
 * every value of every row (most of the time of counting millions of subjects) and keeps decoded terms for each
 * {@code COUNT(DISTINCT)}. Groups with any other aggregate or a key expression go to ARQ as before.
 */
public final class IdGrouping extends QueryIter1 {

    /** Context flag: {@code false} turns id grouping off (to compare answers with ARQ's grouping). */
    public static final Symbol ENABLED = Symbol.create("https://w3id.org/diplokg/engine#idGrouping");

    private final List<Var> keys;
    private final List<ExprAggregator> aggregates;
    private final NodeTable nodes;
    private Iterator<Binding> answer;

    private IdGrouping(QueryIterator rows, OpGroup group, NodeTable nodes, ExecutionContext cxt) {
        super(rows, cxt);
        this.keys = group.getGroupVars().getVars();
        this.aggregates = group.getAggregators();
        this.nodes = nodes;
    }

    /** Whether the group has plain variables as keys and only aggregates that compare terms. */
    public static boolean supports(OpGroup group, ExecutionContext cxt) {
        if (cxt.getContext().isFalse(ENABLED)
                || !group.getGroupVars().getExprs().isEmpty()) {
            return false;
        }
        for (ExprAggregator aggregate : group.getAggregators()) {
            Aggregator a = aggregate.getAggregator();
            boolean ok = a instanceof AggCount
                    || ((a instanceof AggCountVar || a instanceof AggCountVarDistinct || a instanceof AggSample)
                            && a.getExprList().size() == 1
                            && a.getExprList().get(0) instanceof ExprVar);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The groups of {@code rows} (the evaluated sub-operator), computed when first asked for. */
    public static QueryIterator group(QueryIterator rows, OpGroup group, NodeTable nodes, ExecutionContext cxt) {
        return new IdGrouping(rows, group, nodes, cxt);
    }

    @Override
    protected boolean hasNextBinding() {
        if (answer == null) {
            answer = compute().iterator();
        }
        return answer.hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return answer.next();
    }

    @Override
    protected void requestSubCancel() {}

    @Override
    protected void closeSubIterator() {}

    @Override
    protected void details(IndentedWriter out, SerializationContext sCxt) {
        out.print("IdGrouping " + keys + " " + aggregates);
    }

    private List<Binding> compute() {
        QueryIterator rows = getInput();
        Map<Object, Group> groups = new HashMap<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            Object[] key = new Object[keys.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = term(row, keys.get(i));
            }
            Object mapKey = key.length == 1 ? (key[0] == null ? Unbound.KEY : key[0]) : Arrays.asList(key);
            groups.computeIfAbsent(mapKey, k -> new Group(key, aggregates.size()))
                    .add(row);
        }
        List<Binding> out = new ArrayList<>(groups.size());
        if (groups.isEmpty() && keys.isEmpty()) {
            out.add(empty());
        }
        groups.values().forEach(g -> out.add(g.binding()));
        return out;
    }

    /** The row's value of {@code v} as a node id when it came from the store, else its term (null when unbound). */
    private Object term(Binding row, Var v) {
        if (row instanceof BindingTDB stored) {
            NodeId id = stored.getNodeId(v);
            if (id != null) {
                return id;
            }
        }
        Node node = row.get(v);
        if (node == null) {
            return null;
        }
        NodeId id = nodes.getNodeIdForNode(node);
        return id == null || NodeId.isDoesNotExist(id) ? node : id;
    }

    private Node node(Object term) {
        return term instanceof NodeId id ? nodes.getNodeForNodeId(id) : (Node) term;
    }

    /** The one row of a group-less aggregation over no rows: each aggregate's value on empty input. */
    private Binding empty() {
        BindingBuilder row = Binding.builder();
        for (ExprAggregator aggregate : aggregates) {
            Node value = aggregate.getAggregator().getValueEmpty();
            if (value != null) {
                row.add(aggregate.getVar(), value);
            }
        }
        return row.build();
    }

    private enum Unbound {
        KEY
    }

    /** The terms a {@code COUNT(DISTINCT)} has seen: ids of stored terms as longs, anything else as objects. */
    private static final class DistinctTerms {
        private final LongSet stored = new LongSet();
        private Set<Object> others;

        void add(Object term) {
            if (term instanceof NodeId id && id.isPtr()) {
                stored.add(id.getPtrLocation());
                return;
            }
            if (others == null) {
                others = new HashSet<>();
            }
            others.add(term);
        }

        int size() {
            return stored.size() + (others == null ? 0 : others.size());
        }
    }

    /** One group's key terms and the running value of each aggregate. */
    private final class Group {
        private final Object[] key;
        private final long[] counts;
        private final Object[] samples;
        private final List<DistinctTerms> distinct;

        Group(Object[] key, int size) {
            this.key = key;
            this.counts = new long[size];
            this.samples = new Object[size];
            this.distinct = new ArrayList<>(size);
            for (ExprAggregator aggregate : aggregates) {
                distinct.add(aggregate.getAggregator() instanceof AggCountVarDistinct ? new DistinctTerms() : null);
            }
        }

        void add(Binding row) {
            for (int i = 0; i < counts.length; i++) {
                Aggregator a = aggregates.get(i).getAggregator();
                if (a instanceof AggCount) {
                    counts[i]++;
                    continue;
                }
                Var v = ((ExprVar) a.getExprList().get(0)).asVar();
                if (a instanceof AggCountVar) {
                    if (row.contains(v)) {
                        counts[i]++;
                    }
                } else if (a instanceof AggCountVarDistinct) {
                    Object term = term(row, v);
                    if (term != null) {
                        distinct.get(i).add(term);
                    }
                } else if (samples[i] == null) {
                    samples[i] = term(row, v);
                }
            }
        }

        Binding binding() {
            BindingBuilder row = Binding.builder();
            for (int i = 0; i < key.length; i++) {
                if (key[i] != null) {
                    row.add(keys.get(i), node(key[i]));
                }
            }
            for (int i = 0; i < counts.length; i++) {
                Aggregator a = aggregates.get(i).getAggregator();
                Var out = aggregates.get(i).getVar();
                if (a instanceof AggSample) {
                    if (samples[i] != null) {
                        row.add(out, node(samples[i]));
                    }
                } else {
                    long n = a instanceof AggCountVarDistinct ? distinct.get(i).size() : counts[i];
                    row.add(out, NodeValue.makeInteger(n).asNode());
                }
            }
            return row.build();
        }
    }
}
