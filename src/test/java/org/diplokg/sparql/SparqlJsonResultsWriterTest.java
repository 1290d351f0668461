package org.diplokg.sparql;

import static org.diplokg.sparql.ResultRows.VARS;
import static org.diplokg.sparql.ResultRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SparqlJsonResultsWriterTest {

    @Test
    void writesResultsJenaReadsBackAsTheSameTerms() {
        Node blank = NodeFactory.createBlankNode();
        Node quoted = NodeFactory.createTripleTerm(Triple.create(
                NodeFactory.createURI("https://w3id.org/diplokg/id/country/VN"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("Việt Nam", "vi")));
        List<Binding> rows = new ArrayList<>();
        rows.add(row(
                NodeFactory.createURI("https://w3id.org/diplokg/id/country/VN"),
                NodeFactory.createLiteralLang("Việt Nam", "vi"),
                null));
        rows.add(row(blank, NodeFactory.createLiteralDT("1973-09-21", XSDDatatype.XSDdate), quoted));
        rows.add(row(
                blank,
                NodeFactory.createLiteralString("quote \" backslash \\ tab\t newline\n control \u0001 emoji 🇻🇳"),
                null));
        rows.add(row(NodeFactory.createBlankNode(), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), null));
        rows.add(row(null, NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"), null));

        byte[] ours = write(rows);
        ResultSet read = ResultSetMgr.read(new ByteArrayInputStream(ours), ResultSetLang.RS_JSON);
        ResultSet expected =
                ResultSetFactory.makeRewindable(org.apache.jena.sparql.exec.RowSetStream.create(VARS, rows.iterator()));
        assertTrue(ResultsCompare.equalsByTerm(expected, read), () -> new String(ours, StandardCharsets.UTF_8));
    }

    @Test
    void keepsBlankNodeCoReferenceAndOmitsUnboundVariables() throws Exception {
        Node blank = NodeFactory.createBlankNode();
        byte[] ours = write(List.of(row(blank, null, null), row(blank, NodeFactory.createLiteralString("x"), null)));
        JsonNode json = JsonMapper.builder().build().readTree(ours);
        assertEquals(
                List.of("s", "o", "t"),
                json.get("head")
                        .get("vars")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList());
        JsonNode bindings = json.get("results").get("bindings");
        assertEquals(bindings.get(0).get("s"), bindings.get(1).get("s"));
        assertEquals("bnode", bindings.get(0).get("s").get("type").asString());
        assertFalse(bindings.get(0).has("o"));
        assertFalse(bindings.get(1).get("o").has("datatype"), "xsd:string is the default and is not written");
    }

    @Test
    void writesAskAsBooleanWithEmptyHead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlJsonResultsWriter.writeAsk(out, true);
        assertTrue(ResultsReader.create()
                .lang(ResultSetLang.RS_JSON)
                .build()
                .readAny(new ByteArrayInputStream(out.toByteArray()))
                .getBooleanResult());
        assertEquals("{\"head\":{},\"boolean\":true}", out.toString(StandardCharsets.UTF_8));
    }

    private static byte[] write(List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlJsonResultsWriter.writeSelect(out, VARS, rows);
        return out.toByteArray();
    }
}
