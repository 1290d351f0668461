package org.diplokg.store.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * The groups of an {@link IdGrouping} that outgrew memory: each row (or a group already counted in memory) becomes a
 * tuple of node ids, the tuples are sorted on disk ({@link TupleSpill}) and each run of equal keys is one group,
 * produced while the sorted tuples are read. Tuple: the keys, the value of the one {@code COUNT(DISTINCT)} (if any),
 * the number of rows it stands for, and one column per aggregate ({@code COUNT(?v)}: bound rows; {@code SAMPLE}: a
 * value).
 */
final class SpilledGroups implements AutoCloseable {

    /** An unbound value. No node id encodes to it: a pointer's top byte is 0, an inline value's is 0x80 plus its type (1 or more). */
    static final long UNBOUND = Long.MIN_VALUE;

    /** Top bits of terms that are not in the store: 0xE0 is above every type an inline id has (0x80 + 1 … 0x80 + 23). */
    static final long FOREIGN = 0xE000_0000_0000_0000L;

    private final List<Var> keys;
    private final IdGrouping.Kind[] kinds;
    private final List<Var> outputs;
    private final NodeTable nodes;
    private final TupleSpill spill;
    private final Map<Node, Long> foreign = new HashMap<>();
    private final List<Node> foreignTerms = new ArrayList<>();

    SpilledGroups(List<Var> keys, IdGrouping.Kind[] kinds, List<Var> outputs, NodeTable nodes, int chunk) {
        this.keys = keys;
        this.kinds = kinds;
        this.outputs = outputs;
        this.nodes = nodes;
        this.spill = new TupleSpill(width(keys.size(), kinds.length), keys.size() + 1, chunk);
    }

    static int width(int keys, int aggregates) {
        return keys + 2 + aggregates;
    }

    void add(long[] tuple) {
        spill.add(tuple);
    }

    /**
     * A term as a long: a stored term's 8-byte node id; a term that is not in the store (from VALUES or BIND) a number
     * of its own, above every id ({@link #FOREIGN}); null is {@link #UNBOUND}.
     */
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

    /** The term {@code value} stands for: a node id of the store (decoded when read) or a term from elsewhere. */
    private Object decode(long value) {
        if ((value & FOREIGN) == FOREIGN) {
            return foreignTerms.get((int) (value & ~FOREIGN));
        }
        return NodeIdFactory.get(ByteBuffer.allocate(8).putLong(0, value).array());
    }

    /** The groups, one per run of equal keys, computed as the sorted tuples are read. */
    Iterator<Binding> groups() {
        Iterator<long[]> tuples = spill.sorted();
        int k = keys.size();
        return new Iterator<>() {
            private long[] pending = tuples.hasNext() ? tuples.next() : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Binding next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                long[] first = pending;
                long rows = 0;
                long distinct = 0;
                long lastDistinct = UNBOUND;
                long[] sums = new long[kinds.length];
                long[] samples = new long[kinds.length];
                java.util.Arrays.fill(samples, UNBOUND);
                long[] t = first;
                while (t != null && sameKeys(first, t, k)) {
                    rows += t[k + 1];
                    long d = t[k];
                    if (d != UNBOUND && d != lastDistinct) {
                        distinct++;
                        lastDistinct = d;
                    }
                    for (int i = 0; i < kinds.length; i++) {
                        long v = t[k + 2 + i];
                        if (kinds[i] == IdGrouping.Kind.COUNT_VAR) {
                            sums[i] += v;
                        } else if (kinds[i] == IdGrouping.Kind.SAMPLE && samples[i] == UNBOUND) {
                            samples[i] = v;
                        }
                    }
                    t = tuples.hasNext() ? tuples.next() : null;
                }
                pending = t;
                return binding(first, rows, distinct, sums, samples);
            }
        };
    }

    private static boolean sameKeys(long[] a, long[] b, int k) {
        for (int i = 0; i < k; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private Binding binding(long[] key, long rows, long distinct, long[] sums, long[] samples) {
        LazyRow row = new LazyRow();
        for (int i = 0; i < keys.size(); i++) {
            if (key[i] != UNBOUND) {
                row.add(keys.get(i), decode(key[i]));
            }
        }
        for (int i = 0; i < kinds.length; i++) {
            Var out = outputs.get(i);
            switch (kinds[i]) {
                case COUNT_ALL -> row.add(out, NodeValue.makeInteger(rows).asNode());
                case COUNT_VAR -> row.add(out, NodeValue.makeInteger(sums[i]).asNode());
                case COUNT_DISTINCT ->
                    row.add(out, NodeValue.makeInteger(distinct).asNode());
                case SAMPLE -> {
                    if (samples[i] != UNBOUND) {
                        row.add(out, decode(samples[i]));
                    }
                }
            }
        }
        return row.build(nodes);
    }

    @Override
    public void close() {
        spill.close();
    }
}
