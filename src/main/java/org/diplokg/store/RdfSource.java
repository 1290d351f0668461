package org.diplokg.store;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;

/**
 * A file to load. Triple formats go to {@code graphName}; quad formats keep their own graphs.
 */
public record RdfSource(Path file, Lang lang, Node graphName) {
}
