package org.diplokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology is what Protégé and reasoners will see: OWL 2 DL, consistent, no unsatisfiable
 * classes. Loaded with the OWL API and reasoned over with HermiT.
 */
class OntologyReasoningTest {

    private static OWLOntology ontology;

    @BeforeAll
    static void load() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        File file = ProjectPaths.project().resolve("ontology/diplokg.ttl").toFile();
        ontology = manager.loadOntologyFromOntologyDocument(file);
    }

    @Test
    void hasOntologyAndVersionIri() {
        assertThat(ontology.getOntologyID().getOntologyIRI())
                .hasValueSatisfying(iri -> assertThat(iri.toString()).isEqualTo("https://w3id.org/diplokg/ontology"));
        assertThat(ontology.getOntologyID().getVersionIRI()).isPresent();
    }

    @Test
    void isInTheOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertThat(report.getViolations().stream().map(Object::toString).collect(Collectors.toList()))
                .as("OWL 2 DL profile violations")
                .isEmpty();
    }

    @Test
    void hermitFindsItConsistentWithNoUnsatisfiableClasses() {
        Configuration config = new Configuration();
        config.ignoreUnsupportedDatatypes = true;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, config);
        try {
            assertThat(reasoner.isConsistent()).isTrue();
            List<OWLClass> unsatisfiable =
                    List.copyOf(reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom());
            assertThat(unsatisfiable).as("unsatisfiable classes").isEmpty();
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void declaresManyClassesAndProperties() {
        long classes = ontology.classesInSignature()
                .filter(c -> c.getIRI().toString().startsWith("https://w3id.org/diplokg/ontology#"))
                .count();
        long properties = ontology.objectPropertiesInSignature().count()
                + ontology.dataPropertiesInSignature().count();
        assertThat(classes).isGreaterThan(40);
        assertThat(properties).isGreaterThan(60);
    }
}
