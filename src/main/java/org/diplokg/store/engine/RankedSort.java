package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * {@code ORDER BY} over the store's rows with each row's sort keys compared as integers. ARQ's sort evaluates every
 * condition on both rows at each comparison, decoding their terms through the node table's cache each time (n log n
 * times for n rows), and past its spill threshold writes rows out as text and parses them back: at 10 M quads that
 * was most of the time of the library's whole-store reports ({@code low-confidence-facts}, 226,000 sorted rows).
 * Here each row is an array of term codes ({@link TermCodes}); each condition's distinct values are decoded, valued
 * and ordered once, and replaced by their rank. The order is ARQ's: values by {@code NodeValue.compareAlways},
 * unbound values and errors first, ties between rows by {@code BindingComparator.compareBindingsSyntactic}. Over
 * {@code maxRows} rows, or when a condition's values cannot be ordered, ARQ's own sort takes over with every row.
 */
public final class RankedSort {

    /** Context setting: rows held before ARQ's spilling sort takes over (default {@link EngineTuning#rankedSortRows}). */
    public static final Symbol MAX_ROWS = Symbol.create("https://w3id.org/diplokg/engine#rankedSortMaxRows");

    /** Rank of an unbound value or an evaluation error: before every value, as in ARQ. */
    private static final long NO_VALUE = -1;

    private static final int CHECK_EVERY = 1 << 16;

    private final List<SortCondition> conditions;
    private final Var[] keyVars;
    private final NodeTable nodes;
    private final ExecutionContext cxt;
    private final TermCodes codes = new TermCodes();
    private final List<Var> vars = new ArrayList<>();
    private final List<long[]> rows = new ArrayList<>();
    private long comparisons;

    private RankedSort(List<SortCondition> conditions, NodeTable nodes, ExecutionContext cxt) {
        this.conditions = conditions;
        this.keyVars = conditions.stream().map(c -> keyVar(c.getExpression())).toArray(Var[]::new);
        this.nodes = nodes;
        this.cxt = cxt;
    }

    /**
     * Whether every condition reads one variable and gives the same value for the same term (a variable, or an
     * expression such as {@code STR(?source)} with no {@code RAND}, custom function or {@code EXISTS}).
     */
    public static boolean supports(List<SortCondition> conditions) {
        return conditions.stream().allMatch(c -> keyVar(c.getExpression()) != null);
    }

    /**
     * {@code input} in order: all rows, or the first {@code limit} when {@code limit} is not negative. Past
     * {@link #MAX_ROWS} rows ARQ's sort (which spills to disk) gets them all.
     */
    public static QueryIterator sort(
            QueryIterator input, List<SortCondition> conditions, long limit, NodeTable nodes, ExecutionContext cxt) {
        long maxRows = cxt.getContext()
                .getLong(
                        MAX_ROWS,
                        EngineTuning.rankedSortRows(Runtime.getRuntime().maxMemory()));
        return new RankedSort(conditions, nodes, cxt).run(input, limit, maxRows);
    }

    private static Var keyVar(Expr e) {
        if (e.isVariable()) {
            return e.asVar();
        }
        var mentioned = e.getVarsMentioned();
        return mentioned.size() == 1 && TermFilterMemo.pure(e)
                ? mentioned.iterator().next()
                : null;
    }

    private QueryIterator run(QueryIterator input, long limit, long maxRows) {
        while (input.hasNext()) {
            Binding row = input.next();
            long[] tuple = encode(row);
            if (tuple == null || rows.size() >= maxRows) {
                return byArq(Iter.concat(Iter.concat(replay(rows.iterator()), Iter.of(row)), input), limit, input);
            }
            rows.add(tuple);
        }
        input.close();
        long[][] sorted = rows.toArray(long[][]::new);
        rows.clear();
        try {
            rank(sorted);
            Arrays.sort(sorted, this::compare);
        } catch (IllegalArgumentException notATotalOrder) {
            return byArq(replay(Arrays.asList(sorted).iterator()), limit, null);
        }
        long n = limit < 0 ? sorted.length : Math.min(limit, sorted.length);
        return QueryIterPlainWrapper.create(
                replay(Arrays.asList(sorted).subList(0, (int) n).iterator()), cxt);
    }

    /** The row as its conditions' ranks (filled in later) then a code per variable; null if it cannot be. */
    private long[] encode(Binding row) {
        for (Iterator<Var> it = row.vars(); it.hasNext(); ) {
            Var v = it.next();
            if (!vars.contains(v)) {
                vars.add(v);
            }
        }
        int k = conditions.size();
        long[] tuple = new long[k + vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            tuple[k + i] = codes.encode(TermCodes.idOrTerm(row, vars.get(i)));
        }
        return tuple;
    }

    /** The code of variable {@code v} in a tuple: unbound when the row ended before {@code v} was first seen. */
    private long code(long[] tuple, int varIndex) {
        int at = conditions.size() + varIndex;
        return varIndex < 0 || at >= tuple.length ? TermCodes.UNBOUND : tuple[at];
    }

    /** Puts each condition's rank of each row in the row's first slots. */
    private void rank(long[][] tuples) {
        for (int c = 0; c < conditions.size(); c++) {
            int varIndex = vars.indexOf(keyVars[c]);
            LongIntMap distinct = new LongIntMap();
            for (long[] t : tuples) {
                distinct.put(code(t, varIndex), 0);
            }
            LongIntMap ranks = ranks(conditions.get(c).getExpression(), keyVars[c], distinct.keys());
            for (long[] t : tuples) {
                t[c] = ranks.get(code(t, varIndex), (int) NO_VALUE);
            }
        }
    }

    /**
     * Each code's rank by the condition's value: equal values share a rank; errors get {@link #NO_VALUE}. The unbound
     * code is valued too: an expression may have a value without its variable ({@code COALESCE(?x, 0)}).
     */
    private LongIntMap ranks(Expr expr, Var v, long[] distinct) {
        NodeValue[] values = new NodeValue[distinct.length];
        Integer[] order = new Integer[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            values[i] = value(expr, v, codes.node(distinct[i], nodes));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> values[i], BindingComparator::compareNodesRaw));
        LongIntMap ranks = new LongIntMap();
        int rank = 0;
        for (int i = 0; i < order.length; i++) {
            NodeValue value = values[order[i]];
            if (value == null) {
                ranks.put(distinct[order[i]], (int) NO_VALUE);
                continue;
            }
            if (i > 0 && values[order[i - 1]] != null && NodeValue.compareAlways(values[order[i - 1]], value) != 0) {
                rank++;
            }
            ranks.put(distinct[order[i]], rank);
        }
        return ranks;
    }

    private NodeValue value(Expr expr, Var v, Node term) {
        Binding row = term == null
                ? BindingFactory.empty()
                : Binding.builder().add(v, term).build();
        try {
            return expr.eval(row, cxt);
        } catch (ExprEvalException error) { // includes an unbound variable: no value, sorted first
            return null;
        }
    }

    private int compare(long[] a, long[] b) {
        if (++comparisons % CHECK_EVERY == 0) {
            AtomicBoolean cancelled = cxt.getCancelSignal();
            if (cancelled != null && cancelled.get()) {
                throw new QueryCancelledException();
            }
        }
        for (int c = 0; c < conditions.size(); c++) {
            int x = Long.compare(a[c], b[c]);
            if (x != 0) {
                return conditions.get(c).getDirection() == Query.ORDER_DESCENDING ? -x : x;
            }
        }
        return Arrays.equals(a, b) ? 0 : BindingComparator.compareBindingsSyntactic(binding(a), binding(b));
    }

    private Iterator<Binding> replay(Iterator<long[]> tuples) {
        return Iter.map(tuples, this::binding);
    }

    private Binding binding(long[] tuple) {
        LazyRow row = new LazyRow();
        for (int i = 0; i < vars.size(); i++) {
            long code = code(tuple, i);
            if (code != TermCodes.UNBOUND) {
                row.add(vars.get(i), codes.decode(code));
            }
        }
        return row.build(nodes);
    }

    /** ARQ's sort (or top N) over {@code rows}, closing {@code input} (when still open) with it. */
    private QueryIterator byArq(Iterator<Binding> rows, long limit, QueryIterator input) {
        QueryIterator all = QueryIterPlainWrapper.create(rows, cxt);
        QueryIterator sorted = limit < 0
                ? new QueryIterSort(all, conditions, cxt)
                : new QueryIterTopN(all, conditions, limit, false, cxt);
        if (input == null) {
            return sorted;
        }
        return new QueryIteratorWrapper(sorted) {
            @Override
            public void close() {
                super.close();
                input.close();
            }
        };
    }
}
