package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpExtend;
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
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * GROUP BY over TDB2 rows on node ids. {@code COUNT(*)}, {@code COUNT(?v)}, {@code COUNT(DISTINCT ?v)} and
 * {@code SAMPLE(?v)} only need to know whether two values are the same term, and TDB2 gives every term one id, so
 * ids stand in for terms: only one key per group and the samples are decoded at the end. ARQ's own grouping decodes
 * every value of every row (most of the time of counting millions of subjects) and keeps decoded terms for each
 * {@code COUNT(DISTINCT)}. Groups with any other aggregate or a key expression go to ARQ as before. When the groups
 * outgrow their share of the heap ({@link #maxGroups}), the grouping goes on on disk ({@link SpilledGroups}): sorted
 * tuples of ids, one group per run of equal keys.
 */
public final class IdGrouping extends QueryIter1 {

    /**
     * Context setting: groups held in memory before the grouping spills to disk (default: one per 8 KiB of heap when a
     * {@code COUNT(DISTINCT)} keeps a set per group, one per 2 KiB when each group is a key and a few counters).
     */
    public static final Symbol MAX_GROUPS = Symbol.create("https://w3id.org/diplokg/engine#maxGroups");

    /** Tuples sorted in memory before they go to a temporary file. */
    private static final int SPILL_CHUNK = 200_000;

    enum Kind {
        COUNT_ALL,
        COUNT_VAR,
        COUNT_DISTINCT,
        SAMPLE
    }

    private final List<Var> keys;
    private final List<ExprAggregator> aggregates;
    private final Kind[] kinds;
    private final Var[] arguments;
    private final NodeTable nodes;
    private final long maxGroups;
    private Iterator<Binding> answer;
    private SpilledGroups spilled;

    private IdGrouping(QueryIterator rows, OpGroup group, NodeTable nodes, ExecutionContext cxt) {
        super(rows, cxt);
        this.keys = group.getGroupVars().getVars();
        this.aggregates = group.getAggregators();
        this.nodes = nodes;
        this.kinds = new Kind[aggregates.size()];
        this.arguments = new Var[aggregates.size()];
        for (int i = 0; i < kinds.length; i++) {
            Aggregator a = aggregates.get(i).getAggregator();
            kinds[i] = a instanceof AggCount
                    ? Kind.COUNT_ALL
                    : a instanceof AggCountVar
                            ? Kind.COUNT_VAR
                            : a instanceof AggCountVarDistinct ? Kind.COUNT_DISTINCT : Kind.SAMPLE;
            arguments[i] = kinds[i] == Kind.COUNT_ALL
                    ? null
                    : ((ExprVar) a.getExprList().get(0)).asVar();
        }
        Object setting = cxt.getContext().get(MAX_GROUPS);
        this.maxGroups = setting instanceof Number n
                ? n.longValue()
                : Math.max(10_000, Runtime.getRuntime().maxMemory() / (countsDistinct() ? 8192 : 2048));
    }

    /** Whether the group has plain variables as keys and only aggregates that compare terms. */
    public static boolean supports(OpGroup group) {
        if (!group.getGroupVars().getExprs().isEmpty()) {
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

    /**
     * The groups of {@code extend}'s rows ({@code BIND}s over a pattern): {@code evaluate} runs the operator under the
     * {@code BIND}s, whose values are added without copying the stored rows, so their ids reach the grouping.
     */
    public static QueryIterator groupExtended(
            OpExtend extend,
            Function<Op, QueryIterator> evaluate,
            OpGroup group,
            NodeTable nodes,
            ExecutionContext cxt) {
        return new IdGrouping(ComputedRow.extend(extend, evaluate, cxt), group, nodes, cxt);
    }

    @Override
    protected boolean hasNextBinding() {
        if (answer == null) {
            answer = compute();
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
    protected void closeSubIterator() {
        if (spilled != null) {
            spilled.close();
        }
    }

    @Override
    protected void details(IndentedWriter out, SerializationContext sCxt) {
        out.print("IdGrouping " + keys + " " + aggregates);
    }

    private Iterator<Binding> compute() {
        QueryIterator rows = getInput();
        Map<Object, Group> groups = new HashMap<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            Object[] key = new Object[keys.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = term(row, keys.get(i));
            }
            if (spilled != null) {
                spill(key, row);
                continue;
            }
            Object mapKey = key.length == 1 ? (key[0] == null ? Unbound.KEY : key[0]) : Arrays.asList(key);
            groups.computeIfAbsent(mapKey, k -> new Group(key)).add(row);
            if (groups.size() > maxGroups && spillable()) {
                spilled = new SpilledGroups(keys, kinds, outputs(), nodes, SPILL_CHUNK);
                groups.values().forEach(Group::spill);
                groups.clear();
            }
        }
        if (spilled != null) {
            return spilled.groups();
        }
        List<Binding> out = new ArrayList<>(groups.size());
        if (groups.isEmpty() && keys.isEmpty()) {
            out.add(empty());
        }
        groups.values().forEach(g -> out.add(g.binding()));
        return out.iterator();
    }

    private boolean countsDistinct() {
        return Arrays.asList(kinds).contains(Kind.COUNT_DISTINCT);
    }

    /** At most one {@code COUNT(DISTINCT)}: the tuples are sorted on the keys and that one value. */
    private boolean spillable() {
        return Arrays.stream(kinds).filter(k -> k == Kind.COUNT_DISTINCT).count() <= 1;
    }

    private List<Var> outputs() {
        return aggregates.stream().map(ExprAggregator::getVar).toList();
    }

    private void spill(Object[] key, Binding row) {
        long[] tuple = tupleFor(key);
        tuple[keys.size() + 1] = 1;
        for (int i = 0; i < kinds.length; i++) {
            int column = keys.size() + 2 + i;
            switch (kinds[i]) {
                case COUNT_VAR -> tuple[column] = row.contains(arguments[i]) ? 1 : 0;
                case COUNT_DISTINCT -> tuple[keys.size()] = spilled.encode(term(row, arguments[i]));
                case SAMPLE -> tuple[column] = spilled.encode(term(row, arguments[i]));
                case COUNT_ALL -> {}
            }
        }
        spilled.add(tuple);
    }

    private long[] tupleFor(Object[] key) {
        long[] tuple = new long[SpilledGroups.width(keys.size(), kinds.length)];
        for (int i = 0; i < key.length; i++) {
            tuple[i] = spilled.encode(key[i]);
        }
        tuple[keys.size()] = TermCodes.UNBOUND;
        for (int i = 0; i < kinds.length; i++) {
            tuple[keys.size() + 2 + i] = kinds[i] == Kind.SAMPLE ? TermCodes.UNBOUND : 0;
        }
        return tuple;
    }

    private Object term(Binding row, Var v) {
        return TermCodes.term(row, v, nodes);
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

    /** One group's key terms and the running value of each aggregate. */
    private final class Group {
        private final Object[] key;
        private final long[] counts;
        private final Object[] values;
        private long rows;

        Group(Object[] key) {
            this.key = key;
            this.counts = new long[kinds.length];
            this.values = new Object[kinds.length];
        }

        void add(Binding row) {
            rows++;
            for (int i = 0; i < kinds.length; i++) {
                switch (kinds[i]) {
                    case COUNT_ALL -> counts[i]++;
                    case COUNT_VAR -> counts[i] += row.contains(arguments[i]) ? 1 : 0;
                    case COUNT_DISTINCT -> {
                        Object term = term(row, arguments[i]);
                        if (term != null) {
                            if (values[i] == null) {
                                values[i] = new DistinctTerms();
                            }
                            ((DistinctTerms) values[i]).add(term);
                        }
                    }
                    case SAMPLE -> {
                        if (values[i] == null) {
                            values[i] = term(row, arguments[i]);
                        }
                    }
                }
            }
        }

        /** The group as tuples: one carrying its counts and samples, one more per further distinct value. */
        void spill() {
            long[] first = tupleFor(key);
            first[key.length + 1] = rows;
            DistinctTerms distinct = null;
            for (int i = 0; i < kinds.length; i++) {
                int column = key.length + 2 + i;
                switch (kinds[i]) {
                    case COUNT_VAR -> first[column] = counts[i];
                    case SAMPLE -> first[column] = spilled.encode(values[i]);
                    case COUNT_DISTINCT -> distinct = (DistinctTerms) values[i];
                    case COUNT_ALL -> {}
                }
            }
            if (distinct == null) {
                spilled.add(first);
                return;
            }
            boolean[] carried = {false};
            distinct.forEach(term -> {
                long[] tuple = carried[0] ? tupleFor(key) : first;
                tuple[key.length] = spilled.encode(term);
                carried[0] = true;
                spilled.add(tuple);
            });
            if (!carried[0]) {
                spilled.add(first);
            }
        }

        Binding binding() {
            LazyRow row = new LazyRow();
            for (int i = 0; i < key.length; i++) {
                if (key[i] != null) {
                    row.add(keys.get(i), key[i]);
                }
            }
            for (int i = 0; i < kinds.length; i++) {
                Var out = aggregates.get(i).getVar();
                switch (kinds[i]) {
                    case SAMPLE -> {
                        if (values[i] != null) {
                            row.add(out, values[i]);
                        }
                    }
                    case COUNT_DISTINCT -> {
                        long n = values[i] == null ? 0 : ((DistinctTerms) values[i]).size();
                        row.add(out, NodeValue.makeInteger(n).asNode());
                    }
                    default -> row.add(out, NodeValue.makeInteger(counts[i]).asNode());
                }
            }
            return row.build(nodes);
        }
    }
}
