package org.diplokg.store;

import java.util.Iterator;
import java.util.function.Supplier;
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
        return explained(rows::hasNext);
    }

    @Override
    public Binding next() {
        return explained(rows::next);
    }

    private <T> T explained(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw stop.explain(e);
        }
    }
}
