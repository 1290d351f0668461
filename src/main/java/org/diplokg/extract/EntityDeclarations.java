package org.diplokg.extract;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.ontology.DiploKg;
import org.diplokg.ontology.IriPolicy;

/**
 * Declares, in an extraction graph, the persons, posts and organisations the gazetteer does not know yet
 * (type, labels, state, seat), each once per graph, so the graph's facts point at described entities.
 */
final class EntityDeclarations {

    private static final String ORG = "http://www.w3.org/ns/org#";

    private final Graph graph;
    private final Gazetteer gazetteer;
    private final IriPolicy iris;
    private final Set<String> declared = new HashSet<>();

    EntityDeclarations(Graph graph, Gazetteer gazetteer, IriPolicy iris) {
        this.graph = graph;
        this.gazetteer = gazetteer;
        this.iris = iris;
    }

    /** The IRIs declared so far (shared with the person links, which declare into the same graph). */
    Set<String> declared() {
        return declared;
    }

    void person(Facts.PersonPost p, Node person) {
        if (!person(p.personIri(), p.name())) {
            return;
        }
        String state = p.post().org().sendingCode() != null
                ? p.post().org().sendingCode()
                : p.post().org().stateCode();
        if (state != null) {
            add(person, DiploKg.nationality, country(state));
        }
    }

    /** A person read by name only (no post): type and labels, once. True when this call declared it. */
    boolean person(String iri, String name) {
        if (gazetteer.isKnown(iri) || !declared.add(iri)) {
            return false;
        }
        Node person = iri(iri);
        add(person, RDF.type.asNode(), DiploKg.Person);
        add(person, RDFS.label.asNode(), vi(name));
        String ascii = VietnameseText.ascii(name);
        add(person, RDFS.label.asNode(), NodeFactory.createLiteralLang(ascii, "en"));
        if (!ascii.equals(name)) {
            add(person, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(ascii));
        }
        return true;
    }

    void post(PostRef post) {
        if (gazetteer.isKnown(post.iri()) || !declared.add(post.iri())) {
            return;
        }
        Node p = iri(post.iri());
        add(p, RDF.type.asNode(), DiploKg.Post);
        add(p, RDFS.label.asNode(), vi(post.labelVi()));
        add(p, RDFS.label.asNode(), NodeFactory.createLiteralLang(post.labelEn(), "en"));
        add(p, iri(ORG + "postIn"), iri(post.org().iri()));
        if (post.role() != null) {
            add(p, DiploKg.role, DiploKg.term(post.role()));
        }
        org(post.org());
    }

    void org(OrgRef org) {
        if (gazetteer.isKnown(org.iri()) || !declared.add(org.iri())) {
            return;
        }
        Node o = iri(org.iri());
        add(o, RDF.type.asNode(), DiploKg.term(org.cls()));
        add(o, RDFS.label.asNode(), vi(org.labelVi()));
        if (org.labelEn() != null) {
            add(o, RDFS.label.asNode(), NodeFactory.createLiteralLang(org.labelEn(), "en"));
        }
        if (org.stateCode() != null) {
            add(o, DiploKg.ofState, country(org.stateCode()));
        }
        if (org.sendingCode() != null) {
            add(o, DiploKg.sendingState, country(org.sendingCode()));
        }
        if (org.hostCode() != null) {
            add(o, DiploKg.hostCountry, country(org.hostCode()));
        }
        if (org.seatCity() != null) {
            add(o, DiploKg.seatCity, NodeFactory.createLiteralString(org.seatCity()));
        }
        if (org.accreditedToIri() != null) {
            add(o, DiploKg.accreditedToOrganization, iri(org.accreditedToIri()));
            gazetteer
                    .entity(org.accreditedToIri())
                    .filter(e -> !e.known())
                    .ifPresent(e -> org(OrgRef.of(e.iri(), e.orgClass(), e.label(), e.englishLabel(), null)));
        }
    }

    private Node country(String code) {
        return iri(iris.entity("country", code));
    }

    private void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node vi(String text) {
        return NodeFactory.createLiteralLang(text, "vi");
    }
}
