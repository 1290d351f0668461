package org.diplokg.extract;

import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.ontology.IriPolicy;

/**
 * Writes the links between persons and states that are not post holdings: ambassadors' concurrent
 * accreditations ({@code dk:Accreditation}, {@code dk:concurrent true}) and spouses ({@code dk:spouse},
 * the spouse declared as a person). Kept apart from {@link ExtractionGraph} so each stays small.
 */
final class PersonLinkGraph {

    private static final String DK = "https://w3id.org/diplokg/ontology#";

    private final IriPolicy iris;
    private final Gazetteer gazetteer;
    private final Graph graph;
    private final Node article;
    private final Set<String> declared;
    private final BiConsumer<Node, Facts.Support> evidence;

    PersonLinkGraph(
            IriPolicy iris,
            Gazetteer gazetteer,
            Graph graph,
            Node article,
            Set<String> declared,
            BiConsumer<Node, Facts.Support> evidence) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.graph = graph;
        this.article = article;
        this.declared = declared;
        this.evidence = evidence;
    }

    /** Concurrent accreditations (resident postings are the post holdings already). */
    int accreditations(ArticleExtraction x) {
        int n = 0;
        for (Facts.Posting p : x.postings()) {
            if (!p.concurrent()) {
                continue;
            }
            String personSlug = p.personIri().substring(p.personIri().lastIndexOf('/') + 1);
            Node acc = iri(iris.entity("accreditation", personSlug + "/" + p.receivingCode()));
            add(acc, RDF.type.asNode(), dk("Accreditation"));
            add(acc, dk("accreditedPerson"), iri(p.personIri()));
            add(acc, dk("accreditedTo"), iri(iris.entity("country", p.receivingCode())));
            add(acc, dk("concurrent"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            if (gazetteer.isKnown(p.missionIri()) || declared.contains(p.missionIri())) {
                add(acc, dk("accreditedMission"), iri(p.missionIri()));
            }
            evidence.accept(acc, p.support());
            add(article, dk("mentions"), iri(iris.entity("country", p.receivingCode())));
            n++;
        }
        return n;
    }

    int spouses(ArticleExtraction x) {
        for (Facts.Spouse s : x.spouses()) {
            Node person = iri(s.personIri());
            if (!gazetteer.isKnown(s.personIri()) && declared.add(s.personIri())) {
                add(person, RDF.type.asNode(), dk("Person"));
                add(person, RDFS.label.asNode(), NodeFactory.createLiteralLang(s.name(), "vi"));
                add(person, RDFS.label.asNode(), NodeFactory.createLiteralLang(VietnameseText.ascii(s.name()), "en"));
            }
            add(person, dk("spouse"), iri(s.spouseOfIri()));
            add(iri(s.spouseOfIri()), dk("spouse"), person);
            add(article, dk("mentions"), person);
        }
        return x.spouses().size();
    }

    private void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node dk(String local) {
        return NodeFactory.createURI(DK + local);
    }
}
