package org.diplokg.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes expanded JSON-LD 1.1 as quads stream past, in constant memory: one node object per
 * statement ({@code {"@id": g, "@graph": [{"@id": s, p: [o]}]}}); JSON-LD processors merge node
 * objects with the same {@code @id}, so the document means exactly the dataset. Jena's own JSON-LD
 * writer builds the whole document in memory, which dumps of millions of triples cannot afford.
 */
public final class JsonLdStreamWriter implements StreamRDF {

    private final JsonGenerator json;

    public JsonLdStreamWriter(OutputStream out) {
        this.json = JsonMapper.builder().build().createGenerator(out);
    }

    @Override
    public void start() {
        json.writeStartArray();
    }

    @Override
    public void triple(Triple t) {
        statement(t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void quad(Quad q) {
        if (q.isDefaultGraph()) {
            statement(q.getSubject(), q.getPredicate(), q.getObject());
            return;
        }
        json.writeStartObject();
        json.writeStringProperty("@id", id(q.getGraph()));
        json.writeName("@graph");
        json.writeStartArray();
        statement(q.getSubject(), q.getPredicate(), q.getObject());
        json.writeEndArray();
        json.writeEndObject();
    }

    private void statement(Node s, Node p, Node o) {
        json.writeStartObject();
        json.writeStringProperty("@id", id(s));
        if (p.getURI().equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#type") && !o.isLiteral()) {
            json.writeName("@type");
            json.writeStartArray();
            json.writeString(id(o));
        } else {
            json.writeName(p.getURI());
            json.writeStartArray();
            value(o);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void value(Node o) {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringProperty("@value", o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) {
                json.writeStringProperty("@language", o.getLiteralLanguage());
            } else if (!o.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
                json.writeStringProperty("@type", o.getLiteralDatatypeURI());
            }
        } else {
            json.writeStringProperty("@id", id(o));
        }
        json.writeEndObject();
    }

    private static String id(Node n) {
        return n.isBlank() ? blankLabel(n.getBlankNodeLabel()) : n.getURI();
    }

    /** {@code _:b} and the label's ASCII letters and digits (a precompiled loop: this runs for every blank node of a dump). */
    private static String blankLabel(String label) {
        StringBuilder sb = new StringBuilder(label.length() + 3).append("_:b");
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void finish() {
        json.writeEndArray();
        json.flush();
        try {
            json.close();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    @Override
    public void base(String base) {}

    @Override
    public void prefix(String prefix, String iri) {}

    @Override
    public void version(String version) {}
}
