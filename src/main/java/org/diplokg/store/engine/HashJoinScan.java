package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * Two quad patterns over the union graph that share one variable ({@code ?ev dk:source ?a ; dk:confidence ?c}),
 * joined by hash over two scans of the quad index instead of one index lookup per row of the first. A grouping reads
 * every row of its input, so when both sides match tens of thousands of triples, two sequential reads of the index
 * cost less than as many B+tree descents as the first side has rows (at 10 M quads, counting low-confidence facts per
 * article spent nine tenths of its time starting B+tree lookups). When either side turns out small the join is left
 * to TDB2's own nested loop, which is then the cheaper; when both are larger than the heap allows to hold, too.
 */
public final class HashJoinScan extends QueryIter {

    /** Rows both sides must reach before the hash join is used (a test lowers it to exercise the join on small data). */
    public static final Symbol MIN_ROWS = Symbol.create("https://w3id.org/diplokg/engine#hashJoinMinRows");

    private static final long DEFAULT_MIN_ROWS = 100_000;
    private static final int CHUNK = 4096;

    private final JoinSide left;
    private final JoinSide right;
    private final Predicate<Tuple<NodeId>> leftFilter;
    private final Predicate<Tuple<NodeId>> rightFilter;
    private final List<Expr> joined;
    private final Var[] vars;
    private final NodeTupleTable quads;
    private final Supplier<QueryIterator> nestedLoop;
    private final long minRows;
    private final long maxBuild;
    private Iterator<Binding> rows;
    private QueryIterator fallback;
    private long checked;

    private HashJoinScan(
            JoinSide left,
            JoinSide right,
            List<Expr> joined,
            NodeTupleTable quads,
            Supplier<QueryIterator> nestedLoop,
            ExecutionContext cxt) {
        super(cxt);
        this.left = left;
        this.right = right;
        this.leftFilter = ownFilter(left);
        this.rightFilter = ownFilter(right);
        this.joined = joined;
        this.quads = quads;
        this.nestedLoop = nestedLoop;
        List<Var> all = new ArrayList<>(List.of(left.vars()));
        for (Var v : right.vars()) {
            if (!all.contains(v)) {
                all.add(v);
            }
        }
        this.vars = all.toArray(Var[]::new);
        Object setting = cxt.getContext().get(MIN_ROWS);
        this.minRows = setting instanceof Number n ? n.longValue() : DEFAULT_MIN_ROWS;
        this.maxBuild = Math.max(100_000, Runtime.getRuntime().maxMemory() / 2048);
    }

    /**
     * The rows of {@code op}, joined by hash when it is two quad patterns over the union graph sharing exactly one
     * variable (optionally under a filter), or null for any other shape. {@code nestedLoop} evaluates {@code op} the
     * usual way; it is used instead when a side is small.
     */
    public static QueryIterator rows(
            Op op, NodeTupleTable quads, ExecutionContext cxt, Supplier<QueryIterator> nestedLoop) {
        ExprList filter = new ExprList();
        Op inner = op;
        if (inner instanceof OpFilter f) {
            filter = f.getExprs();
            inner = f.getSubOp();
        }
        if (!(inner instanceof OpQuadPattern pattern) || pattern.getPattern().size() != 2) {
            return null;
        }
        JoinSide a = JoinSide.of(pattern.getPattern().get(0));
        JoinSide b = JoinSide.of(pattern.getPattern().get(1));
        if (a == null || b == null) {
            return null;
        }
        List<Var> shared = new ArrayList<>();
        for (Var v : a.vars()) {
            if (List.of(b.vars()).contains(v)) {
                shared.add(v);
            }
        }
        if (shared.size() != 1) {
            return null;
        }
        Var on = shared.get(0);
        List<Expr> afterJoin = new ArrayList<>();
        List<Expr> onA = new ArrayList<>();
        List<Expr> onB = new ArrayList<>();
        for (Expr e : filter) {
            if (readsTheStore(e)) {
                return null;
            }
            if (a.binds(e)) {
                onA.add(e);
            } else if (b.binds(e)) {
                onB.add(e);
            } else {
                afterJoin.add(e);
            }
        }
        return new HashJoinScan(a.joinedOn(on, onA), b.joinedOn(on, onB), afterJoin, quads, nestedLoop, cxt);
    }

    /** EXISTS and NOT EXISTS evaluate a pattern of their own, which needs the usual evaluation. */
    private static boolean readsTheStore(Expr e) {
        boolean[] found = {false};
        Walker.walk(e, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                found[0] = true;
            }
        });
        return found[0];
    }

    @Override
    protected boolean hasNextBinding() {
        if (rows == null) {
            rows = start();
        }
        return rows.hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        if (!hasNextBinding()) {
            throw new NoSuchElementException();
        }
        return rows.next();
    }

    /**
     * Reads both sides a chunk at a time until one ends. If that one is small, each of its rows looks the other side
     * up in the index; otherwise it is hashed and the other side streamed past it.
     */
    private Iterator<Binding> start() {
        Iterator<Tuple<NodeId>> scanA = scan(left);
        Iterator<Tuple<NodeId>> scanB = scan(right);
        List<Tuple<NodeId>> readA = new ArrayList<>();
        List<Tuple<NodeId>> readB = new ArrayList<>();
        while (true) {
            boolean moreA = fill(scanA, readA);
            boolean moreB = fill(scanB, readB);
            if (!moreA || !moreB) {
                boolean aEnded = !moreA && (moreB || readA.size() <= readB.size());
                JoinSide small = aEnded ? left : right;
                List<Tuple<NodeId>> smallRows = aEnded ? readA : readB;
                JoinSide other = aEnded ? right : left;
                if (smallRows.size() < minRows) {
                    return afterJoin(lookups(small, smallRows, other));
                }
                Iterator<Tuple<NodeId>> otherRows =
                        aEnded ? Iter.concat(readB.iterator(), scanB) : Iter.concat(readA.iterator(), scanA);
                return afterJoin(hashed(small, smallRows, other, otherRows));
            }
            if (readA.size() > maxBuild && readB.size() > maxBuild) {
                return nestedLoop();
            }
        }
    }

    private Iterator<Binding> afterJoin(Iterator<Binding> rows) {
        return joined.isEmpty() ? rows : Iter.filter(rows, r -> satisfies(joined, r));
    }

    /** Each row of the small side finds its partners through the index, as TDB2's own join does. */
    private Iterator<Binding> lookups(JoinSide small, List<Tuple<NodeId>> smallRows, JoinSide other) {
        NodeId[] pattern = other.idPattern(quads.getNodeTable());
        if (pattern == null) {
            return Iter.nullIterator();
        }
        return Iter.flatMap(smallRows.iterator(), s -> {
            checkCancelled(1);
            NodeId[] bound = pattern.clone();
            bound[other.joinSlot()] = s.get(small.joinSlot());
            Iterator<Tuple<NodeId>> partners = ownRows(other, quads.find(TupleFactory.create(bound)));
            return Iter.map(partners, o -> row(small, s, other, o));
        });
    }

    private Iterator<Binding> nestedLoop() {
        fallback = nestedLoop.get();
        return fallback;
    }

    /** Adds up to one chunk of {@code scan}'s rows; false when the scan has ended. */
    private boolean fill(Iterator<Tuple<NodeId>> scan, List<Tuple<NodeId>> into) {
        for (int i = 0; i < CHUNK; i++) {
            if (!scan.hasNext()) {
                return false;
            }
            into.add(scan.next());
        }
        checkCancelled(CHUNK);
        return true;
    }

    private Iterator<Binding> hashed(
            JoinSide built, List<Tuple<NodeId>> buildRows, JoinSide probe, Iterator<Tuple<NodeId>> probeRows) {
        Map<NodeId, Object> byKey = new HashMap<>(buildRows.size() * 2);
        for (Tuple<NodeId> t : buildRows) {
            byKey.merge(t.get(built.joinSlot()), t, HashJoinScan::append);
        }
        buildRows.clear();
        return Iter.flatMap(probeRows, p -> {
            checkCancelled(1);
            Object matches = byKey.get(p.get(probe.joinSlot()));
            if (matches == null) {
                return Iter.nullIterator();
            }
            if (matches instanceof Tuple<?> one) {
                @SuppressWarnings("unchecked")
                Tuple<NodeId> b = (Tuple<NodeId>) one;
                return Iter.singletonIterator(row(built, b, probe, p));
            }
            @SuppressWarnings("unchecked")
            List<Tuple<NodeId>> many = (List<Tuple<NodeId>>) matches;
            return Iter.map(many.iterator(), b -> row(built, b, probe, p));
        });
    }

    @SuppressWarnings("unchecked")
    private static Object append(Object kept, Object added) {
        if (kept instanceof List<?> list) {
            ((List<Object>) list).add(added);
            return list;
        }
        List<Object> both = new ArrayList<>(2);
        both.add(kept);
        both.add(added);
        return both;
    }

    /** The joined row: every variable's id, read from whichever side binds it. */
    private Binding row(JoinSide x, Tuple<NodeId> tx, JoinSide y, Tuple<NodeId> ty) {
        NodeId[] ids = new NodeId[vars.length];
        for (int i = 0; i < vars.length; i++) {
            int slot = x.slotOf(vars[i]);
            ids[i] = slot >= 0 ? tx.get(slot) : ty.get(y.slotOf(vars[i]));
        }
        return TupleRow.single(TupleFactory.create(ids), vars, quads.getNodeTable());
    }

    /** The side's triples (each once, whatever graphs state it), with its own filters applied. */
    private Iterator<Tuple<NodeId>> scan(JoinSide side) {
        Iterator<Tuple<NodeId>> found = quads.findAsNodeIds(side.find());
        return found == null ? Iter.nullIterator() : ownRows(side, found);
    }

    /** Quads found for a side as its rows: each triple once (the index ends in G, so its quads are adjacent), filtered. */
    private Iterator<Tuple<NodeId>> ownRows(JoinSide side, Iterator<Tuple<NodeId>> found) {
        Iterator<Tuple<NodeId>> triples = Iter.distinctAdjacent(Iter.map(found, HashJoinScan::asTriple));
        if (side.filter().isEmpty()) {
            return triples;
        }
        return Iter.filter(triples, side == left ? leftFilter : rightFilter);
    }

    /** A side's own filters on its rows, decided once per term when they read one variable ({@link TermFilterMemo}). */
    private Predicate<Tuple<NodeId>> ownFilter(JoinSide side) {
        return TermFilterMemo.of(
                side.filter(),
                side,
                t -> satisfies(side.filter(), TupleRow.single(t, side.vars(), side.slots(), quads.getNodeTable())));
    }

    private boolean satisfies(List<Expr> filter, Binding row) {
        for (Expr e : filter) {
            if (!e.isSatisfied(row, getExecContext())) {
                return false;
            }
        }
        return true;
    }

    private void checkCancelled(int rowsRead) {
        checked += rowsRead;
        if (checked >= CHUNK) {
            checked = 0;
            if (getExecContext().getCancelSignal() != null
                    && getExecContext().getCancelSignal().get()) {
                throw new QueryCancelledException();
            }
        }
    }

    private static Tuple<NodeId> asTriple(Tuple<NodeId> quad) {
        return TupleFactory.create4(NodeId.NodeIdAny, quad.get(1), quad.get(2), quad.get(3));
    }

    @Override
    protected void closeIterator() {
        if (fallback != null) {
            fallback.close();
        }
    }

    @Override
    protected void requestCancel() {
        if (fallback != null) {
            fallback.cancel();
        }
    }
}
