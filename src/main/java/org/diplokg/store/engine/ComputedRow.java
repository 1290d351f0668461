package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;

/**
 * A stored row with the values of {@code BIND}s added on top, the row under it kept as it is. ARQ's own {@code BIND}
 * copies a TDB2 row into a plain one, so a grouping above it ({@code GROUP BY ?year} after
 * {@code BIND(SUBSTR(STR(?date), 1, 4) AS ?year)}) lost every node id and looked each decoded term up in the node
 * table again; over this row {@link IdGrouping} reads the stored variables as ids and the computed ones as terms.
 */
public final class ComputedRow extends VarArrayRow {

    private final Node[] values;

    private ComputedRow(Binding stored, Var[] vars, Node[] values) {
        super(stored, vars);
        this.values = values;
    }

    /**
     * The rows of {@code extend} (one or more {@code BIND}s in a row): {@code evaluate} runs what lies under them and
     * each expression is evaluated here as ARQ would (an error leaves its variable unbound; a value for a variable the
     * row already binds keeps the row only when it is the same value).
     */
    public static QueryIterator extend(OpExtend extend, Function<Op, QueryIterator> evaluate, ExecutionContext cxt) {
        List<VarExprList> steps = new ArrayList<>();
        Op op = extend;
        while (op instanceof OpExtend e) {
            steps.addFirst(e.getVarExprList());
            op = e.getSubOp();
        }
        QueryIterator rows = evaluate.apply(op);
        if (!mayRebind(steps, op)) {
            return new QueryIterConvert(rows, row -> computedAll(row, steps, false, cxt), cxt);
        }
        Iterator<Binding> extended = Iter.removeNulls(Iter.map(rows, row -> computedAll(row, steps, true, cxt)));
        return new QueryIterPlainWrapper(extended, cxt) {
            @Override
            protected void closeIterator() {
                rows.close();
                super.closeIterator();
            }

            @Override
            protected void requestCancel() {
                rows.cancel();
            }
        };
    }

    /** Whether a step may assign a variable the rows already bind (never for a {@code BIND}, checked when parsed). */
    private static boolean mayRebind(List<VarExprList> steps, Op under) {
        Set<Var> bound = new HashSet<>(OpVars.visibleVars(under));
        for (VarExprList step : steps) {
            for (Var v : step.getVars()) {
                if (!bound.add(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Binding computedAll(Binding row, List<VarExprList> steps, boolean check, ExecutionContext cxt) {
        Binding out = row;
        for (int i = 0; i < steps.size() && out != null; i++) {
            out = computed(out, steps.get(i), check, cxt);
        }
        return out;
    }

    /** The row with the step's values on top, or null when a value contradicts one the row already has. */
    private static Binding computed(Binding row, VarExprList step, boolean check, ExecutionContext cxt) {
        List<Var> stepVars = step.getVars();
        Var[] vars = new Var[stepVars.size()];
        Node[] values = new Node[vars.length];
        int n = 0;
        for (Var v : stepVars) {
            Binding sofar = n == 0 ? row : new ComputedRow(row, Arrays.copyOf(vars, n), Arrays.copyOf(values, n));
            Node value = step.get(v, sofar, cxt);
            if (value == null) {
                continue;
            }
            Node already = check ? sofar.get(v) : null;
            if (already != null) {
                if (!already.sameValueAs(value)) {
                    return null;
                }
                continue;
            }
            vars[n] = v;
            values[n] = value;
            n++;
        }
        return new ComputedRow(row, Arrays.copyOf(vars, n), Arrays.copyOf(values, n));
    }

    /** Whether {@code v} is one of the variables this row computed (bound or not is {@link #get}'s business). */
    boolean computes(Var v) {
        return indexOf(v) >= 0;
    }

    /** The row the computed values were added to. */
    Binding stored() {
        return parent;
    }

    @Override
    Node value(int index) {
        return values[index];
    }

    @Override
    protected Binding detachWithNewParent(Binding newParent) {
        return new ComputedRow(newParent, ownVars(), values);
    }
}
