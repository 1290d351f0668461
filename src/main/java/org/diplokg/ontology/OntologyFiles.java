package org.diplokg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads the ontology and the shapes that the build packages from {@code ontology/}. Parsed once;
 * callers get the same graphs (treat them as read-only).
 */
@Component
public class OntologyFiles {

    public static final String ONTOLOGY = "ontology/diplokg.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private final Graph ontology = parse(ONTOLOGY);
    private final Graph shapes = parse(SHAPES);

    public Graph ontology() {
        return ontology;
    }

    public Graph shapes() {
        return shapes;
    }

    /** Ontology and shapes together, as stored in the ontology named graph. */
    public Graph combined() {
        Graph g = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(g::add);
        shapes.find().forEachRemaining(g::add);
        g.getPrefixMapping().setNsPrefixes(ontology.getPrefixMapping());
        g.getPrefixMapping().setNsPrefixes(shapes.getPrefixMapping());
        return g;
    }

    private static Graph parse(String resource) {
        ClassPathResource file = new ClassPathResource(resource);
        Graph g = GraphFactory.createDefaultGraph();
        if (!file.exists()) {
            throw new IllegalStateException("Missing " + resource + " on the classpath; build with ./mvnw package");
        }
        try (InputStream in = file.getInputStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
