package org.diplokg.sparql;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes SPARQL 1.1 Query Results JSON with Jackson's streaming generator. Jena's own writer
 * pretty-prints through an indenting writer character by character and was a fifth of the
 * endpoint's CPU time on small queries (docs/benchmarks.md); this one writes compact JSON with
 * the same terms: {@code uri}, {@code literal} (with {@code xml:lang}, {@code its:dir},
 * {@code datatype}), {@code bnode} labels scoped to the document, and {@code triple} terms.
 */
public final class SparqlJsonResultsWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private SparqlJsonResultsWriter() {}

    public static void writeSelect(OutputStream out, List<Var> vars, Iterable<Binding> rows) {
        Map<Node, String> blankLabels = new HashMap<>();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeName("head");
            json.writeStartObject();
            json.writeName("vars");
            json.writeStartArray();
            for (Var v : vars) {
                json.writeString(v.getVarName());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeName("results");
            json.writeStartObject();
            json.writeName("bindings");
            json.writeStartArray();
            for (Binding row : rows) {
                json.writeStartObject();
                for (Var v : vars) {
                    Node value = row.get(v);
                    if (value != null) {
                        json.writeName(v.getVarName());
                        writeTerm(json, value, blankLabels);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    public static void writeAsk(OutputStream out, boolean answer) {
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeName("head");
            json.writeStartObject();
            json.writeEndObject();
            json.writeBooleanProperty("boolean", answer);
            json.writeEndObject();
        }
    }

    private static void writeTerm(JsonGenerator json, Node node, Map<Node, String> blankLabels) {
        json.writeStartObject();
        if (node.isURI()) {
            json.writeStringProperty("type", "uri");
            json.writeStringProperty("value", node.getURI());
        } else if (node.isLiteral()) {
            json.writeStringProperty("type", "literal");
            json.writeStringProperty("value", node.getLiteralLexicalForm());
            String lang = ResultTerms.language(node);
            if (lang != null) {
                json.writeStringProperty("xml:lang", lang);
                String dir = ResultTerms.direction(node);
                if (dir != null) {
                    json.writeStringProperty("its:dir", dir);
                }
            } else {
                String datatype = ResultTerms.datatype(node);
                if (datatype != null) {
                    json.writeStringProperty("datatype", datatype);
                }
            }
        } else if (node.isBlank()) {
            json.writeStringProperty("type", "bnode");
            json.writeStringProperty("value", ResultTerms.blankLabel(blankLabels, node));
        } else if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            json.writeStringProperty("type", "triple");
            json.writeName("value");
            json.writeStartObject();
            json.writeName("subject");
            writeTerm(json, t.getSubject(), blankLabels);
            json.writeName("predicate");
            writeTerm(json, t.getPredicate(), blankLabels);
            json.writeName("object");
            writeTerm(json, t.getObject(), blankLabels);
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("Not an RDF term in a result: " + node);
        }
        json.writeEndObject();
    }
}
