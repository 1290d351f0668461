package org.diplokg.store.engine;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * The groups of an {@link IdGrouping} that outgrew memory: each row (or a group already counted in memory) becomes a
 * tuple of node ids, the tuples are sorted on disk ({@link TupleSpill}) and each run of equal keys is one group,
 * produced while the sorted tuples are read. Tuple: the keys, the value of the one {@code COUNT(DISTINCT)} (if any),
 * the number of rows it stands for, and one column per aggregate ({@code COUNT(?v)}: bound rows; {@code SAMPLE}: a
 * value).
 */
final class SpilledGroups implements AutoCloseable {

    private final List<Var> keys;
    private final IdGrouping.Kind[] kinds;
    private final List<Var> outputs;
    private final NodeTable nodes;
    private final TupleSpill spill;
    private final TermCodes codes = new TermCodes();

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

    /** A term as a long ({@link TermCodes}). */
    long encode(Object term) {
        return codes.encode(term);
    }

    private Object decode(long value) {
        return codes.decode(value);
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
                long lastDistinct = TermCodes.UNBOUND;
                long[] sums = new long[kinds.length];
                long[] samples = new long[kinds.length];
                java.util.Arrays.fill(samples, TermCodes.UNBOUND);
                long[] t = first;
                while (t != null && sameKeys(first, t, k)) {
                    rows += t[k + 1];
                    long d = t[k];
                    if (d != TermCodes.UNBOUND && d != lastDistinct) {
                        distinct++;
                        lastDistinct = d;
                    }
                    for (int i = 0; i < kinds.length; i++) {
                        long v = t[k + 2 + i];
                        if (kinds[i] == IdGrouping.Kind.COUNT_VAR) {
                            sums[i] += v;
                        } else if (kinds[i] == IdGrouping.Kind.SAMPLE && samples[i] == TermCodes.UNBOUND) {
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
            if (key[i] != TermCodes.UNBOUND) {
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
                    if (samples[i] != TermCodes.UNBOUND) {
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
