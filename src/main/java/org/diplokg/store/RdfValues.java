package org.diplokg.store;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;

/** Converts RDF4J values to Jena nodes at the edge of the remote store, so nothing above sees RDF4J types. */
final class RdfValues {

    private RdfValues() {}

    static Node toNode(Value v) {
        if (v == null) {
            return null;
        }
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(
                l.getLabel(),
                TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
