package org.diplokg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Reading values out of result rows, the same way everywhere. */
public final class Bindings {

    private Bindings() {}

    /** The IRI, the literal's lexical form, {@code _:label} for a blank node, or null when unbound. */
    public static String text(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        if (n == null) {
            return null;
        }
        return n.isURI()
                ? n.getURI()
                : n.isLiteral() ? n.getLiteralLexicalForm() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    /** A numeric literal as a long, 0 when unbound. */
    public static long number(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
