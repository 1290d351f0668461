package org.diplokg.store.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.jena.atlas.iterator.IteratorDelayedInitialization;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;

/**
 * The first N distinct rows in order ({@code SELECT DISTINCT … ORDER BY … LIMIT N}) with a hash set of the rows kept
 * beside the heap. ARQ's top-N tests each new row for a duplicate by walking its whole heap, so its cost is rows × N:
 * with the store's row cap as N (50,001) a 50 M-triple {@code events-between-countries} spent nine tenths of its 105 s
 * there. Here a duplicate costs one hash lookup. A row no better than the worst kept one is dropped before any lookup,
 * as in ARQ; a duplicate of a row dropped from the heap is never better than what is kept, so it is dropped too.
 */
public final class DistinctTopN extends QueryIterPlainWrapper {

    private final QueryIterator input;

    public DistinctTopN(QueryIterator input, List<SortCondition> conditions, long limit, ExecutionContext cxt) {
        super(null, cxt);
        this.input = input;
        Comparator<Binding> order = new BindingComparator(conditions, cxt);
        setIterator(new IteratorDelayedInitialization<>() {
            @Override
            protected Iterator<Binding> initializeIterator() {
                return best(order, limit);
            }
        });
    }

    private Iterator<Binding> best(Comparator<Binding> order, long limit) {
        PriorityQueue<Binding> worstFirst = new PriorityQueue<>(order.reversed());
        Set<Binding> kept = new HashSet<>();
        try {
            while (input.hasNext()) {
                Binding row = input.next();
                boolean full = worstFirst.size() >= limit;
                if (full && order.compare(row, worstFirst.peek()) >= 0) {
                    continue;
                }
                if (!kept.add(row)) {
                    continue;
                }
                if (full) {
                    kept.remove(worstFirst.poll());
                }
                worstFirst.add(row);
            }
        } finally {
            input.close();
        }
        Binding[] rows = worstFirst.toArray(Binding[]::new);
        Arrays.sort(rows, order);
        return Arrays.asList(rows).iterator();
    }

    @Override
    public void requestCancel() {
        input.cancel();
        super.requestCancel();
    }

    @Override
    protected void closeIterator() {
        input.close();
        super.closeIterator();
    }
}
