package org.diplokg.store.engine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;

/**
 * A row of the engine's own operators over a fixed array of variables, whose values each subclass keeps its own way
 * (node ids of an index tuple, computed terms): the binding bookkeeping is written once.
 */
abstract class VarArrayRow extends BindingBase {

    private final Var[] vars;

    VarArrayRow(Binding parent, Var[] vars) {
        super(parent);
        this.vars = vars;
    }

    /** The position of {@code v} in this row's variables, or -1. */
    final int indexOf(Var v) {
        for (int i = 0; i < vars.length; i++) {
            if (vars[i].equals(v)) {
                return i;
            }
        }
        return -1;
    }

    final Var[] ownVars() {
        return vars;
    }

    /** The term of the variable at {@code index}. */
    abstract Node value(int index);

    @Override
    protected final Iterator<Var> vars1() {
        return Arrays.asList(vars).iterator();
    }

    @Override
    protected final void forEach1(BiConsumer<Var, Node> action) {
        for (int i = 0; i < vars.length; i++) {
            action.accept(vars[i], value(i));
        }
    }

    @Override
    protected final int size1() {
        return vars.length;
    }

    @Override
    protected final boolean isEmpty1() {
        return vars.length == 0;
    }

    @Override
    protected final boolean contains1(Var v) {
        return indexOf(v) >= 0;
    }

    @Override
    protected final Node get1(Var v) {
        int i = indexOf(v);
        return i < 0 ? null : value(i);
    }
}
