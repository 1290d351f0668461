package org.diplokg.store.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * Terms of rows as longs, so that operators holding many rows (a spilled grouping, a sort) keep arrays of longs
 * rather than bindings: a stored term is its 8-byte node id, decoded only when read; a term that is not in the store
 * (from {@code VALUES} or {@code BIND}) gets a number of its own.
 */
final class TermCodes {

    /** An unbound value. No node id encodes to it: a pointer's top byte is 0, an inline value's is 0x80 plus its type (1 or more). */
    static final long UNBOUND = Long.MIN_VALUE;

    /** Top bits of terms that are not in the store: 0xE0 is above every type an inline id has (0x80 + 1 … 0x80 + 23). */
    static final long FOREIGN = 0xE000_0000_0000_0000L;

    private final Map<Node, Long> foreign = new HashMap<>();
    private final List<Node> foreignTerms = new ArrayList<>();

    /** {@code term} (a node id, a term, or null when unbound) as a long. */
    long encode(Object term) {
        if (term == null) {
            return UNBOUND;
        }
        if (term instanceof NodeId id) {
            byte[] bytes = new byte[8];
            NodeIdFactory.set(id, bytes);
            return ByteBuffer.wrap(bytes).getLong();
        }
        Node node = (Node) term;
        return foreign.computeIfAbsent(node, n -> {
            foreignTerms.add(n);
            return FOREIGN | (foreignTerms.size() - 1);
        });
    }

    /** The term {@code value} stands for: a node id of the store, a term from elsewhere, or null when unbound. */
    Object decode(long value) {
        if (value == UNBOUND) {
            return null;
        }
        if ((value & FOREIGN) == FOREIGN) {
            return foreignTerms.get((int) (value & ~FOREIGN));
        }
        return NodeIdFactory.get(ByteBuffer.allocate(8).putLong(0, value).array());
    }

    /** The term {@code value} stands for, decoded; null when unbound. */
    Node node(long value, NodeTable nodes) {
        Object term = decode(value);
        return term instanceof NodeId id ? nodes.getNodeForNodeId(id) : (Node) term;
    }

    /**
     * The value of {@code v} in {@code row} as a node id when it came from the store (read without decoding it), a
     * value computed over the row ({@link ComputedRow}) as it is, else its term's id when the store has the term, else
     * the term; null when unbound. Computed values are never looked up: every row computes the variable the same way.
     */
    static Object term(Binding row, Var v, NodeTable nodes) {
        Object term = idOrTerm(row, v);
        if (!(term instanceof Node node) || isComputed(row, v)) {
            return term;
        }
        NodeId id = nodes.getNodeIdForNode(node);
        return id == null || NodeId.isDoesNotExist(id) ? node : id;
    }

    private static boolean isComputed(Binding row, Var v) {
        for (Binding r = row; r instanceof ComputedRow computed; r = computed.stored()) {
            if (computed.computes(v)) {
                return true;
            }
        }
        return false;
    }

    /** The value of {@code v} in {@code row}: its node id when it came from the store, else its term; null when unbound. */
    static Object idOrTerm(Binding row, Var v) {
        while (row instanceof ComputedRow computed) {
            if (computed.computes(v)) {
                return computed.get(v);
            }
            row = computed.stored();
        }
        if (row instanceof TupleRow scanned) {
            NodeId id = scanned.id(v);
            if (id != null) {
                return id;
            }
        } else if (row instanceof BindingTDB stored) {
            NodeId id = stored.getNodeId(v);
            if (id != null && !NodeId.isDoesNotExist(id)) { // "not in the store": the term is in the row's parent
                return id;
            }
        }
        return row.get(v);
    }
}
