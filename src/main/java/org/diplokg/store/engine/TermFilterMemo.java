package org.diplokg.store.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprLib;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.tdb2.store.NodeId;

/**
 * A filter over one variable decided once per term. A scan of {@code ?ev dk:confidence ?c FILTER(?c < 0.6)} meets a
 * handful of distinct values half a million times, and deciding each row decodes the term and builds its value again;
 * since TDB2 gives a term one id, the outcome for an id is the outcome for every row that holds it. Only for filters
 * that depend on nothing but that term: no {@code RAND()}, {@code BNODE()}, {@code UUID()}, custom functions or
 * {@code EXISTS}. Up to {@link #MAX_TERMS} outcomes are kept; past that, rows are decided as before.
 */
final class TermFilterMemo implements Predicate<Tuple<NodeId>> {

    static final int MAX_TERMS = 65_536;

    private final int slot;
    private final Predicate<Tuple<NodeId>> decide;
    private final Map<NodeId, Boolean> outcomes = new HashMap<>();

    private TermFilterMemo(int slot, Predicate<Tuple<NodeId>> decide) {
        this.slot = slot;
        this.decide = decide;
    }

    /**
     * {@code decide} memoised by the id in the slot of the filter's one variable, or {@code decide} itself when the
     * filter reads more than one variable or is not a function of its terms alone.
     */
    static Predicate<Tuple<NodeId>> of(List<Expr> filter, JoinSide side, Predicate<Tuple<NodeId>> decide) {
        Set<Var> mentioned = new HashSet<>();
        for (Expr e : filter) {
            mentioned.addAll(e.getVarsMentioned());
            if (!pure(e)) {
                return decide;
            }
        }
        if (mentioned.size() != 1) {
            return decide;
        }
        int slot = side.slotOf(mentioned.iterator().next());
        return slot < 0 ? decide : new TermFilterMemo(slot, decide);
    }

    @Override
    public boolean test(Tuple<NodeId> row) {
        NodeId id = row.get(slot);
        Boolean known = outcomes.get(id);
        if (known != null) {
            return known;
        }
        boolean outcome = decide.test(row);
        if (outcomes.size() < MAX_TERMS) {
            outcomes.put(id, outcome);
        }
        return outcome;
    }

    /**
     * Whether the expression's value depends only on the terms it reads: stable in ARQ's sense (no {@code RAND},
     * {@code BNODE}, {@code UUID}...), no custom or dynamic function (both n-ary) and no {@code EXISTS}.
     */
    static boolean pure(Expr e) {
        if (!ExprLib.isStable(e)) {
            return false;
        }
        boolean[] impure = {false};
        Walker.walk(e, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                impure[0] = true;
            }

            @Override
            public void visit(ExprFunctionN f) {
                impure[0] |= f instanceof E_Function || f instanceof E_Call;
            }
        });
        return !impure[0];
    }
}
