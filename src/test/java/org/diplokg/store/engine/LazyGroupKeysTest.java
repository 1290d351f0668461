package org.diplokg.store.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpNull;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/**
 * A grouping hands its groups on with their keys still node ids: a whole-store grouping whose {@code HAVING} keeps a
 * few of millions of groups must not read every key from the node table (a random read each when the store is larger
 * than memory), in memory or spilled to disk.
 */
class LazyGroupKeysTest {

    private static final Var S = Var.alloc("s");
    private static final Var N = Var.alloc("n");
    private static final int SUBJECTS = 2_000;

    @Test
    void groupsDroppedAfterTheGroupingNeverHaveTheirKeysDecoded() {
        assertOnlyKeptGroupsAreDecoded(Long.MAX_VALUE);
    }

    @Test
    void spilledGroupsDroppedAfterTheGroupingNeverHaveTheirKeysDecoded() {
        assertOnlyKeptGroupsAreDecoded(10);
    }

    private static void assertOnlyKeptGroupsAreDecoded(long maxGroups) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        List<Node> subjects = new ArrayList<>();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < SUBJECTS; i++) {
                Node s = NodeFactory.createURI("urn:s" + i);
                subjects.add(s);
                dsg.getDefaultGraph().add(s, NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("v" + i));
            }
        });
        Txn.executeRead(dsg, () -> {
            NodeTable stored = TDBInternal.getDatasetGraphTDB(dsg)
                    .getTripleTable()
                    .getNodeTupleTable()
                    .getNodeTable();
            AtomicInteger decoded = new AtomicInteger();
            NodeTable counting = new NodeTableWrapper(stored) {
                @Override
                public Node getNodeForNodeId(NodeId id) {
                    decoded.incrementAndGet();
                    return super.getNodeForNodeId(id);
                }
            };
            List<Binding> rows = new ArrayList<>();
            for (Node s : subjects) {
                rows.add(row(stored.getNodeIdForNode(s), counting));
            }
            rows.add(row(stored.getNodeIdForNode(subjects.get(7)), counting)); // the one group with two rows
            Context context = new Context();
            context.set(IdGrouping.MAX_GROUPS, maxGroups);
            ExecutionContext cxt = ExecutionContext.create(dsg, context);
            OpGroup group = new OpGroup(OpNull.create(), keys(), List.of(new ExprAggregator(N, new AggCount())));
            QueryIterator groups =
                    IdGrouping.group(QueryIterPlainWrapper.create(rows.iterator(), cxt), group, counting, cxt);
            List<Node> kept = new ArrayList<>();
            while (groups.hasNext()) {
                Binding g = groups.next();
                if (((Number) g.get(N).getLiteralValue()).intValue() > 1) {
                    kept.add(g.get(S));
                }
            }
            groups.close();
            assertThat(kept).containsExactly(subjects.get(7));
            assertThat(decoded.get()).as("node table reads").isLessThanOrEqualTo(1);
        });
    }

    private static VarExprList keys() {
        VarExprList keys = new VarExprList();
        keys.add(S);
        return keys;
    }

    private static Binding row(NodeId subject, NodeTable nodes) {
        BindingNodeId ids = new BindingNodeId();
        ids.put(S, subject);
        return new BindingTDB(ids, nodes);
    }
}
