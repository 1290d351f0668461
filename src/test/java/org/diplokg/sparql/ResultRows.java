package org.diplokg.sparql;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/** Rows over the variables {@code ?s ?o ?t} for the results-writer tests; a null value leaves its variable unbound. */
final class ResultRows {

    static final Var S = Var.alloc("s");
    static final Var O = Var.alloc("o");
    static final Var T = Var.alloc("t");
    static final List<Var> VARS = List.of(S, O, T);

    private ResultRows() {}

    static Binding row(Node s, Node o, Node t) {
        BindingBuilder b = BindingBuilder.create();
        if (s != null) {
            b.add(S, s);
        }
        if (o != null) {
            b.add(O, o);
        }
        if (t != null) {
            b.add(T, t);
        }
        return b.build();
    }
}
