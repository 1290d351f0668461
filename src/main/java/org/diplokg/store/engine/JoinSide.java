package org.diplokg.store.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/** One quad pattern of the join: what to look up, which slots hold its variables, its own filters. */
record JoinSide(Node[] find, Var[] vars, int[] slots, int joinSlot, List<Expr> filter) {

    /** A pattern over the union graph with a constant predicate and no variable used twice, else null. */
    static JoinSide of(Quad quad) {
        if (!Quad.isUnionGraph(quad.getGraph()) || !quad.getPredicate().isURI()) {
            return null;
        }
        Node[] terms = {quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()};
        Node[] find = {Node.ANY, null, null, null};
        List<Var> vars = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 1; i < terms.length; i++) {
            if (terms[i].isVariable()) {
                Var v = Var.alloc(terms[i]);
                if (vars.contains(v)) {
                    return null;
                }
                vars.add(v);
                slots.add(i);
                find[i] = Node.ANY;
            } else if (terms[i].isBlank() || terms[i].isTripleTerm()) {
                return null;
            } else {
                find[i] = terms[i];
            }
        }
        return new JoinSide(
                find,
                vars.toArray(Var[]::new),
                slots.stream().mapToInt(Integer::intValue).toArray(),
                -1,
                List.of());
    }

    JoinSide joinedOn(Var v, List<Expr> ownFilter) {
        return new JoinSide(find, vars, slots, slotOf(v), List.copyOf(ownFilter));
    }

    boolean binds(Expr e) {
        return List.of(vars).containsAll(e.getVarsMentioned());
    }

    /** The pattern as ids, variables as any; null when one of its constants is not in the store. */
    NodeId[] idPattern(NodeTable nodes) {
        NodeId[] ids = new NodeId[find.length];
        for (int i = 0; i < find.length; i++) {
            if (find[i] == Node.ANY) {
                ids[i] = NodeId.NodeIdAny;
            } else {
                ids[i] = nodes.getNodeIdForNode(find[i]);
                if (ids[i] == null || NodeId.isDoesNotExist(ids[i])) {
                    return null;
                }
            }
        }
        return ids;
    }

    int slotOf(Var v) {
        for (int i = 0; i < vars.length; i++) {
            if (vars[i].equals(v)) {
                return slots[i];
            }
        }
        return -1;
    }
}
