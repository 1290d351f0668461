package org.diplokg.store;

import java.util.Iterator;
import org.apache.jena.sparql.engine.binding.Binding;

/** The engine's rows, each failure explained by the {@link Cancellation} (time-out or memory) as it arises. */
final class ExplainedRows implements Iterator<Binding> {

    private final Iterator<Binding> rows;
    private final Cancellation stop;

    ExplainedRows(Iterator<Binding> rows, Cancellation stop) {
        this.rows = rows;
        this.stop = stop;
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw stop.explain(e);
        }
    }

    @Override
    public Binding next() {
        try {
            return rows.next();
        } catch (RuntimeException e) {
            throw stop.explain(e);
        }
    }
}
