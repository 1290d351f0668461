package org.diplokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class DiploKgVocabularyTest {

    private static Map<String, Node> constants() throws IllegalAccessException {
        Map<String, Node> found = new TreeMap<>();
        for (Field f : DiploKg.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                found.put(f.getName(), (Node) f.get(null));
            }
        }
        return found;
    }

    @Test
    void everyTermOfTheOntologyHasAConstantAndEveryConstantIsATerm() throws IllegalAccessException {
        Graph ontology = new OntologyFiles().ontology();
        var declared = new TreeSet<String>();
        G.find(ontology, null, RDF.type.asNode(), null).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(DiploKg.NS)) {
                declared.add(s.getURI().substring(DiploKg.NS.length()));
            }
        });
        Map<String, Node> constants = constants();
        assertThat(declared).hasSizeGreaterThan(100);
        assertThat(constants.keySet()).containsExactlyElementsOf(declared);
        constants.forEach((name, node) -> assertThat(node.getURI()).isEqualTo(DiploKg.NS + name));
    }
}
