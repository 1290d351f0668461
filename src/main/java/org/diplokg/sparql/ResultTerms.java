package org.diplokg.sparql;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * The term rules the SPARQL JSON and XML results writers share, so both write the same answer:
 * which literals carry a language, a base direction or a datatype, and how blank nodes are labelled.
 */
final class ResultTerms {

    private ResultTerms() {}

    /** The literal's language tag, or null when it has none. */
    static String language(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? null : lang;
    }

    /** The base direction of a language-tagged literal ({@code ltr}/{@code rtl}), or null when it has none. */
    static String direction(Node literal) {
        var dir = literal.getLiteralBaseDirection();
        return dir == null || dir == Node.noTextDirection ? null : dir.direction();
    }

    /** The datatype to write for a literal without a language tag: null for {@code xsd:string}, which is implied. */
    static String datatype(Node literal) {
        String type = literal.getLiteralDatatypeURI();
        return XSDDatatype.XSDstring.getURI().equals(type) ? null : type;
    }

    /** A label for a blank node, the same for the same node throughout one answer ({@code b0}, {@code b1}, …). */
    static String blankLabel(Map<Node, String> labels, Node blank) {
        return labels.computeIfAbsent(blank, n -> "b" + labels.size());
    }
}
