package org.diplokg.store;

import java.util.List;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplokg.store.engine.ComputedRow;
import org.diplokg.store.engine.DistinctTopN;
import org.diplokg.store.engine.HashJoinScan;
import org.diplokg.store.engine.IdGrouping;
import org.diplokg.store.engine.LazyRow;
import org.diplokg.store.engine.RankedSort;
import org.diplokg.store.engine.ScanGrouping;

/**
 * TDB2's operator executor with three changes. Grouping that only compares terms runs on node ids
 * ({@link IdGrouping}), over one quad pattern straight from the quad index; the first N distinct rows in order are kept with a hash set ({@link DistinctTopN}).
 * And a guard: a quad pattern (or a filter over one) given no input rows answers no rows. Jena 6.0.0's {@code OpExecutorTDB2.optimizeExecuteQuads} peeks at the input
 * to reorder a pattern of two or more quads without first checking that there is one, and fails with
 * {@code ARQInternalErrorException: Peek iterator is already empty} whenever an earlier step of a
 * query produced nothing — which, with the union default graph turned on, is any multi-pattern
 * query after an unmatched first step (an empty store, an OPTIONAL-free sequence with no match).
 * The triple path of the same class already returns the empty input unchanged; this does the same.
 */
final class TdbOpExecutor extends OpExecutorTDB2 {

    static final OpExecutorFactory FACTORY = TdbOpExecutor::new;

    /** Below this {@code LIMIT}, ARQ's top N (a heap of N rows) beats reading every row's keys. */
    private static final long RANKED_TOP_N = 10_000;

    private TdbOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        if (!IdGrouping.supports(opGroup)) {
            return super.execute(opGroup, input);
        }
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(execCxt.getDataset());
        if (storage == null) {
            return super.execute(opGroup, input);
        }
        NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
        if (opGroup.getSubOp() instanceof OpQuadPattern pattern && input instanceof QueryIterRoot) {
            QueryIterator scanned = ScanGrouping.group(pattern, opGroup, quads, execCxt);
            if (scanned != null) {
                input.close(); // the root's one empty row: the scan starts from nothing either
                return scanned;
            }
        }
        if (input instanceof QueryIterRoot) {
            QueryIterator joined =
                    HashJoinScan.rows(opGroup.getSubOp(), quads, execCxt, () -> exec(opGroup.getSubOp(), input));
            if (joined != null) {
                return IdGrouping.group(closingAlso(joined, input), opGroup, quads.getNodeTable(), execCxt);
            }
        }
        if (opGroup.getSubOp() instanceof OpExtend extend) {
            return IdGrouping.groupExtended(extend, op -> exec(op, input), opGroup, quads.getNodeTable(), execCxt);
        }
        return IdGrouping.group(exec(opGroup.getSubOp(), input), opGroup, quads.getNodeTable(), execCxt);
    }

    /**
     * {@code rows}, closing {@code input} with it: a join by hash does not read the root row, which ARQ's iterator
     * check would then report as left open (closing twice is harmless when the nested-loop fallback did read it).
     */
    private static QueryIterator closingAlso(QueryIterator rows, QueryIterator input) {
        return new QueryIteratorWrapper(rows) {
            @Override
            public void close() {
                super.close();
                input.close();
            }
        };
    }

    /**
     * {@code SELECT DISTINCT … ORDER BY … LIMIT}: duplicates found by hash, not by a walk of the heap. A large
     * {@code LIMIT} without {@code DISTINCT} (the server's row limit on every sorted query) sorts by rank.
     */
    @Override
    protected QueryIterator execute(OpTopN opTop, QueryIterator input) {
        if (opTop.getSubOp() instanceof OpDistinct distinct && opTop.getLimit() > 0) {
            return new DistinctTopN(exec(distinct.getSubOp(), input), opTop.getConditions(), opTop.getLimit(), execCxt);
        }
        NodeTable nodes = opTop.getLimit() >= RANKED_TOP_N ? ranked(opTop.getConditions(), input) : null;
        if (nodes == null) {
            return super.execute(opTop, input);
        }
        return RankedSort.sort(exec(opTop.getSubOp(), input), opTop.getConditions(), opTop.getLimit(), nodes, execCxt);
    }

    /** {@code ORDER BY} over the store's rows: sorted on each condition's rank ({@link RankedSort}). */
    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        NodeTable nodes = ranked(opOrder.getConditions(), input);
        if (nodes == null) {
            return super.execute(opOrder, input);
        }
        return RankedSort.sort(exec(opOrder.getSubOp(), input), opOrder.getConditions(), -1, nodes, execCxt);
    }

    /**
     * {@code BIND} (and the renaming {@code extend} of a grouping's results) adds its values on top of the stored row
     * ({@link ComputedRow}) instead of copying it into a plain one, so later steps still read the row's node ids.
     */
    @Override
    protected QueryIterator execute(OpExtend opExtend, QueryIterator input) {
        if (!(input instanceof QueryIterRoot) || nodeTable() == null) {
            return super.execute(opExtend, input);
        }
        return ComputedRow.extend(opExtend, op -> exec(op, input), execCxt);
    }

    /** A projection keeps the node ids of its rows, so that a pattern joined to it need not look them up again. */
    @Override
    protected QueryIterator execute(OpProject opProject, QueryIterator input) {
        NodeTable nodes = input instanceof QueryIterRoot ? nodeTable() : null;
        if (nodes == null) {
            return super.execute(opProject, input);
        }
        List<Var> vars = opProject.getVars();
        return new QueryIterConvert(
                exec(opProject.getSubOp(), input), row -> LazyRow.project(row, vars, nodes), execCxt);
    }

    /** The node table to rank sort keys with, or null when the conditions or the input do not allow it. */
    private NodeTable ranked(List<SortCondition> conditions, QueryIterator input) {
        if (!(input instanceof QueryIterRoot) || !RankedSort.supports(conditions)) {
            return null;
        }
        return nodeTable();
    }

    /** The store's node table, or null when the dataset is not TDB2's. */
    private NodeTable nodeTable() {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(execCxt.getDataset());
        return storage == null
                ? null
                : storage.getQuadTable().getNodeTupleTable().getNodeTable();
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        if (!input.hasNext()) {
            return input;
        }
        return super.execute(quadPattern, input);
    }

    @Override
    protected QueryIterator execute(OpFilter opFilter, QueryIterator input) {
        if (!input.hasNext()) {
            return input;
        }
        return super.execute(opFilter, input);
    }
}
