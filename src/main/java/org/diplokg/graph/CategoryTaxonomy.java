package org.diplokg.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.ontology.DiploKg;
import org.diplokg.ontology.OntologyFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which explorer category (legend colour and filter) an entity falls in, read from the ontology: a class
 * annotated {@code dk:explorerCategory} gives its category to itself and its subclasses, the nearest
 * annotated class deciding. Kept as data so that a new kind of organisation or event lands in the right
 * category by being declared a subclass, with no code to change.
 */
@Component
public class CategoryTaxonomy {

    /** Categories in legend order; the page's colours and labels follow it. */
    public static final List<String> LEGEND = List.of("Country", "Person", "Organization", "Mission", "Event", "Other");

    /** What an entity with no annotated type is. */
    public static final String OTHER = "Other";

    private final Map<String, String> byClass = new HashMap<>();
    private final Map<String, Set<String>> ancestors = new HashMap<>();

    @Autowired
    public CategoryTaxonomy(OntologyFiles ontology) {
        this(ontology.ontology());
    }

    CategoryTaxonomy(Graph ontology) {
        Set<Node> classes = new HashSet<>();
        G.find(ontology, null, RDFS.subClassOf.asNode(), null).forEachRemaining(t -> classes.add(t.getSubject()));
        G.find(ontology, null, DiploKg.explorerCategory, null).forEachRemaining(t -> classes.add(t.getSubject()));
        for (Node c : classes) {
            if (!c.isURI() || !c.getURI().startsWith(DiploKg.NS)) {
                continue;
            }
            String name = local(c);
            nearestCategory(ontology, c).ifPresent(category -> byClass.put(name, category));
            ancestors.put(name, ancestorsOf(ontology, c));
        }
    }

    /**
     * The category of an entity with these {@code dk:} types (local names): its most specific types decide
     * (an embassy also typed organisation is a mission), then legend order between what is left.
     */
    public String category(List<String> types) {
        Set<String> general = new HashSet<>();
        for (String t : types) {
            general.addAll(ancestors.getOrDefault(t, Set.of()));
        }
        Set<String> found = new HashSet<>();
        for (String t : types) {
            if (!general.contains(t) && byClass.containsKey(t)) {
                found.add(byClass.get(t));
            }
        }
        return LEGEND.stream().filter(found::contains).findFirst().orElse(OTHER);
    }

    private static Optional<String> nearestCategory(Graph ontology, Node start) {
        Deque<Node> queue = new ArrayDeque<>(List.of(start));
        Set<Node> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            Node c = queue.removeFirst();
            Node category = G.getZeroOrOneSP(ontology, c, DiploKg.explorerCategory);
            if (category != null && category.isLiteral()) {
                return Optional.of(category.getLiteralLexicalForm());
            }
            G.listSP(ontology, c, RDFS.subClassOf.asNode()).stream()
                    .filter(seen::add)
                    .forEach(queue::addLast);
        }
        return Optional.empty();
    }

    /** Strict superclasses in our namespace, by local name. */
    private static Set<String> ancestorsOf(Graph ontology, Node start) {
        Set<String> found = new HashSet<>();
        Deque<Node> queue = new ArrayDeque<>(G.listSP(ontology, start, RDFS.subClassOf.asNode()));
        Set<Node> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            Node c = queue.removeFirst();
            if (c.isURI() && c.getURI().startsWith(DiploKg.NS)) {
                found.add(local(c));
            }
            G.listSP(ontology, c, RDFS.subClassOf.asNode()).stream()
                    .filter(seen::add)
                    .forEach(queue::addLast);
        }
        return found;
    }

    private static String local(Node c) {
        return c.getURI().substring(DiploKg.NS.length());
    }
}
