package org.diplokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every term speaks both languages, and the file survives every RDF syntax unchanged. */
class OntologyDocumentationTest {

    private static final String NS = "https://w3id.org/diplokg/ontology#";
    private static Graph ontology;

    @BeforeAll
    static void parse() {
        ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(ProjectPaths.project().resolve("ontology/diplokg.ttl"))
                .lang(Lang.TURTLE)
                .parse(ontology);
    }

    private static List<Node> ownTerms() {
        List<Node> terms = new ArrayList<>();
        for (Node type : List.of(
                OWL.Class.asNode(),
                OWL.ObjectProperty.asNode(),
                OWL.DatatypeProperty.asNode(),
                OWL.AnnotationProperty.asNode(),
                SKOS.Concept.asNode(),
                SKOS.ConceptScheme.asNode())) {
            G.listPO(ontology, RDF.type.asNode(), type).stream()
                    .filter(n -> n.isURI() && n.getURI().startsWith(NS))
                    .forEach(terms::add);
        }
        return terms;
    }

    private static Set<String> languages(Node subject, Node property) {
        Set<String> langs = new java.util.TreeSet<>();
        G.listSP(ontology, subject, property).forEach(o -> {
            if (o.isLiteral()) {
                langs.add(o.getLiteralLanguage());
            }
        });
        return langs;
    }

    @Test
    void everyTermHasLabelsAndDefinitionsInVietnameseAndEnglish() {
        List<Node> terms = ownTerms();
        assertThat(terms).hasSizeGreaterThan(100);
        List<String> missing = new ArrayList<>();
        for (Node term : terms) {
            for (Node property : List.of(RDFS.label.asNode(), SKOS.definition.asNode())) {
                Set<String> langs = languages(term, property);
                if (!langs.containsAll(Set.of("vi", "en"))) {
                    missing.add(term.getLocalName() + " " + property.getLocalName() + " has " + langs);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void partnershipLevelsAreOrderedAsVietnamsLadder() {
        Node rank = NodeFactory.createURI(NS + "ladderRank");
        int csp = ((Number) G.getOneSP(ontology, NodeFactory.createURI(NS + "ComprehensiveStrategicPartnership"), rank)
                        .getLiteralValue())
                .intValue();
        int sp = ((Number) G.getOneSP(ontology, NodeFactory.createURI(NS + "StrategicPartnership"), rank)
                        .getLiteralValue())
                .intValue();
        int cp = ((Number) G.getOneSP(ontology, NodeFactory.createURI(NS + "ComprehensivePartnership"), rank)
                        .getLiteralValue())
                .intValue();
        assertThat(csp).isLessThan(sp);
        assertThat(sp).isLessThan(cp);
    }

    @Test
    void roundTripsThroughTurtleRdfXmlAndJsonLd() {
        for (RDFFormat format : List.of(RDFFormat.TURTLE, RDFFormat.RDFXML, RDFFormat.JSONLD11)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, ontology, format);
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), format.getLang())
                    .parse(back);
            assertThat(IsoMatcher.isomorphic(ontology, back))
                    .as(format.toString())
                    .isTrue();
        }
    }
}
