package org.diplokg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class TurtleAnswerWriterTest {

    private static final String ID = "https://w3id.org/diplokg/id/";
    private static final String DK = "https://w3id.org/diplokg/ontology#";

    @Test
    void writesTurtleThatJenaReadsBackAsTheSameGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("dk", DK).setNsPrefix("country", ID + "country/");
        Node vn = uri(ID + "country/VN");
        Node jp = uri(ID + "country/JP");
        Node stage = NodeFactory.createBlankNode();
        g.add(vn, RDF.type.asNode(), uri(DK + "Country"));
        g.add(vn, RDFS.label.asNode(), NodeFactory.createLiteralLang("Việt Nam", "vi"));
        g.add(vn, RDFS.label.asNode(), NodeFactory.createLiteralLang("Viet Nam", "en"));
        g.add(vn, uri(DK + "partnership"), stage);
        g.add(stage, uri(DK + "partner"), jp);
        g.add(stage, uri(DK + "since"), NodeFactory.createLiteralDT("2023-11-27", XSDDatatype.XSDdate));
        g.add(stage, uri(DK + "rank"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        g.add(
                stage,
                uri(DK + "note"),
                NodeFactory.createLiteralString("quote \" backslash \\ tab\t newline\n control \u0001 emoji 🇻🇳"));
        g.add(jp, RDFS.label.asNode(), NodeFactory.createLiteralDirLang("اليابان", "ar", "rtl"));
        g.add(uri("http://example.org/a/local:name.with.dots."), uri("http://example.org/p#x"), uri(ID + "country/"));
        g.add(
                jp,
                uri(DK + "claim"),
                NodeFactory.createTripleTerm(
                        Triple.create(jp, RDFS.label.asNode(), NodeFactory.createLiteralString("Japan"))));

        String turtle = write(g);
        Graph read = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(read);
        assertTrue(read.isIsomorphicWith(g), turtle);
        assertEquals(g.size(), read.size(), turtle);
    }

    @Test
    void groupsEachSubjectsTriplesUnderItsPrefixesWithTypeFirst() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("dk", DK);
        Node vn = uri(ID + "country/VN");
        g.add(vn, uri(DK + "name"), NodeFactory.createLiteralString("Việt Nam"));
        g.add(vn, RDF.type.asNode(), uri(DK + "Country"));
        g.add(vn, uri(DK + "name"), NodeFactory.createLiteralString("Vietnam"));

        String turtle = write(g);
        assertTrue(turtle.startsWith("@prefix dk: <" + DK + "> .\n\n"), turtle);
        String block = turtle.substring(turtle.indexOf("\n\n") + 2);
        assertTrue(block.startsWith("<" + ID + "country/VN> a dk:Country ;\n    dk:name "), turtle);
        assertEquals(1, block.split(" \\.\n", -1).length - 1, "one block for the one subject: " + turtle);
        assertTrue(block.contains("\" , \""), "both names under one predicate: " + turtle);
    }

    @Test
    void writesAnEmptyAnswerAsAnEmptyDocument() {
        assertEquals("", write(GraphFactory.createDefaultGraph()));
    }

    private static String write(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TurtleAnswerWriter.write(out, g);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
