package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * {@link IdGrouping} fed straight from the quad index: counting the quads of every graph, the resources of every
 * type or the quads of every predicate in named graphs is one pass over an index, and TDB2's own pattern matching
 * builds a map of variables to ids for each of tens of millions of rows only for the grouping to read one or two ids
 * back from it.
 */
public final class ScanGrouping {

    private ScanGrouping() {}

    /**
     * The groups of the one-quad pattern {@code pattern} read straight from the quad index ({@link TupleRow}), or null
     * when a scan does not answer it: several quads, the stored default graph, or a key or counted variable the
     * pattern does not bind. A variable used twice ({@code GRAPH ?g { ?g ?p ?o }}) keeps the tuples whose two slots
     * hold the same id. Over the union graph a triple stated in several graphs counts once, as in TDB2's own matching:
     * the index chosen for a pattern ends in G, so one triple's quads are adjacent.
     */
    public static QueryIterator group(
            OpQuadPattern pattern, OpGroup group, NodeTupleTable quads, ExecutionContext cxt) {
        if (pattern.getPattern().size() != 1) {
            return null;
        }
        Quad quad = pattern.getPattern().get(0);
        Node graph = quad.getGraph();
        if (Quad.isDefaultGraph(graph)) {
            return null;
        }
        boolean union = Quad.isUnionGraph(graph);
        Node[] terms = {union ? Node.ANY : graph, quad.getSubject(), quad.getPredicate(), quad.getObject()};
        Node[] find = new Node[terms.length];
        List<Var> vars = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<int[]> sameIds = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            find[i] = terms[i].isVariable() ? Node.ANY : terms[i];
            if (!terms[i].isVariable()) {
                continue;
            }
            Var v = Var.alloc(terms[i]);
            if (vars.contains(v)) {
                sameIds.add(new int[] {slots.get(vars.indexOf(v)), i});
            } else {
                vars.add(v);
                slots.add(i);
            }
        }
        Set<Var> needed = new HashSet<>(group.getGroupVars().getVars());
        for (ExprAggregator aggregate : group.getAggregators()) {
            if (aggregate.getAggregator().getExprList() != null) {
                aggregate.getAggregator().getExprList().forEach(e -> needed.add(e.asVar()));
            }
        }
        if (!vars.containsAll(needed)) {
            return null;
        }
        if (sameIds.isEmpty()) {
            QueryIterator runs = RunGrouping.group(
                    terms,
                    union,
                    vars.toArray(Var[]::new),
                    slots.stream().mapToInt(Integer::intValue).toArray(),
                    group,
                    quads,
                    cxt);
            if (runs != null) {
                return runs;
            }
        }
        Iterator<Tuple<NodeId>> found = quads.findAsNodeIds(find);
        Iterator<Tuple<NodeId>> tuples = found == null ? java.util.Collections.emptyIterator() : found;
        if (!sameIds.isEmpty()) {
            tuples = Iter.filter(
                    tuples,
                    t -> sameIds.stream().allMatch(pair -> t.get(pair[0]).equals(t.get(pair[1]))));
        }
        if (union) {
            tuples = Iter.distinctAdjacent(Iter.map(tuples, ScanGrouping::asTriple));
        }
        Iterator<Binding> rows = TupleRow.over(
                tuples,
                vars.toArray(Var[]::new),
                slots.stream().mapToInt(Integer::intValue).toArray(),
                quads.getNodeTable());
        return IdGrouping.group(QueryIterPlainWrapper.create(rows, cxt), group, quads.getNodeTable(), cxt);
    }

    private static Tuple<NodeId> asTriple(Tuple<NodeId> quad) {
        return TupleFactory.create4(NodeId.NodeIdAny, quad.get(1), quad.get(2), quad.get(3));
    }
}
