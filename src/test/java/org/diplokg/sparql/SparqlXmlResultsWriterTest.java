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
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.Test;

class SparqlXmlResultsWriterTest {

    @Test
    void writesResultsJenaReadsBackAsTheSameTerms() {
        Node blank = NodeFactory.createBlankNode();
        Node vn = NodeFactory.createURI("https://w3id.org/diplokg/id/country/VN");
        Node quoted = NodeFactory.createTripleTerm(Triple.create(
                blank,
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("Việt Nam", "vi")));
        List<Binding> rows = new ArrayList<>();
        rows.add(row(vn, NodeFactory.createLiteralLang("Việt Nam", "vi"), null));
        rows.add(row(
                NodeFactory.createURI("http://example.org/search?q=a&lang=<vi>"),
                NodeFactory.createLiteralDT("1973-09-21", XSDDatatype.XSDdate),
                quoted));
        rows.add(row(
                blank,
                NodeFactory.createLiteralString("quote \" apostrophe ' amp & lt < gt > ]]> tab\t newline\n emoji 🇻🇳"),
                null));
        rows.add(row(NodeFactory.createBlankNode(), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), null));
        rows.add(row(null, NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"), null));
        rows.add(row(
                blank,
                NodeFactory.createLiteralDT(
                        "a\"b",
                        org.apache.jena.datatypes.TypeMapper.getInstance()
                                .getSafeTypeByName("http://example.org/dt?x=1&y=2")),
                null));

        byte[] ours = write(rows);
        ResultSet read = ResultSetMgr.read(new ByteArrayInputStream(ours), ResultSetLang.RS_XML);
        ResultSet expected = ResultSetFactory.makeRewindable(RowSetStream.create(VARS, rows.iterator()));
        assertTrue(ResultsCompare.equalsByTerm(expected, read), () -> new String(ours, StandardCharsets.UTF_8));
    }

    @Test
    void keepsBlankNodeCoReferenceAndOmitsUnboundVariables() {
        Node blank = NodeFactory.createBlankNode();
        String xml = new String(
                write(List.of(row(blank, null, null), row(blank, NodeFactory.createLiteralString("x"), null))),
                StandardCharsets.UTF_8);
        assertTrue(xml.contains("<variable name=\"s\"/>\n<variable name=\"o\"/>\n<variable name=\"t\"/>"), xml);
        assertEquals(2, xml.split("<bnode>b0</bnode>", -1).length - 1, xml);
        assertFalse(xml.contains("<binding name=\"t\">"), xml);
        assertFalse(xml.contains("datatype="), "xsd:string is the default and is not written: " + xml);
    }

    @Test
    void writesControlCharactersAsCharacterReferencesAsJenaDoes() {
        String xml = new String(
                write(List.of(row(null, NodeFactory.createLiteralString("a\u0001b\rc"), null))),
                StandardCharsets.UTF_8);
        assertTrue(xml.contains("<literal>a&#x0001;b&#x000D;c</literal>"), xml);
    }

    @Test
    void writesAskAsBoolean() {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SparqlXmlResultsWriter.writeAsk(out, answer);
            assertEquals(
                    answer,
                    ResultsReader.create()
                            .lang(ResultSetLang.RS_XML)
                            .build()
                            .readAny(new ByteArrayInputStream(out.toByteArray()))
                            .getBooleanResult());
        }
    }

    private static byte[] write(List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlXmlResultsWriter.writeSelect(out, VARS, rows);
        return out.toByteArray();
    }
}
