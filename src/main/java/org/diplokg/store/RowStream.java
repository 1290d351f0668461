package org.diplokg.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A SELECT answer read row by row, cut at the row limit. An answer larger than memory can be written out as the
 * engine produces it; whether the limit cut it is known once the rows are used up.
 */
public final class RowStream implements Iterator<Binding> {

    private final List<Var> variables;
    private final Iterator<Binding> rows;
    private final long maxRows;
    private long read;
    private boolean truncated;
    private Consumer<Binding> observer = row -> {};

    private RowStream(List<Var> variables, Iterator<Binding> rows, long maxRows, boolean truncated) {
        this.variables = List.copyOf(variables);
        this.rows = rows;
        this.maxRows = maxRows;
        this.truncated = truncated;
    }

    /** The engine's rows, stopped after {@code maxRows}. */
    public static RowStream capped(List<Var> variables, Iterator<Binding> rows, long maxRows) {
        return new RowStream(variables, rows, maxRows, false);
    }

    /** An answer already in memory, with the truncation it was read with. */
    public static RowStream of(QueryOutcome.Select answer) {
        return new RowStream(answer.variables(), answer.rows().iterator(), Long.MAX_VALUE, answer.truncated());
    }

    /**
     * Hands every row to {@code observer} too as it is read (a cache keeping a copy of a streamed answer);
     * set before the rows are read.
     */
    public void observeRows(Consumer<Binding> observer) {
        this.observer = observer;
    }

    public List<Var> variables() {
        return variables;
    }

    /** True when the row limit cut the answer; final once {@link #hasNext()} has returned false. */
    public boolean truncated() {
        return truncated;
    }

    @Override
    public boolean hasNext() {
        if (read < maxRows) {
            return rows.hasNext();
        }
        if (!truncated && rows.hasNext()) {
            truncated = true;
        }
        return false;
    }

    @Override
    public Binding next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        read++;
        Binding row = rows.next();
        observer.accept(row);
        return row;
    }
}
