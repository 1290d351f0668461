package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.springframework.core.io.ClassPathResource;

/**
 * Feature queries live in {@code .rq} files on the classpath. This reads and parses them once and
 * binds parameters on the parsed query (never by editing text).
 */
public final class SparqlFiles {

    private SparqlFiles() {}

    public static String text(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing SPARQL file " + resource, e);
        }
    }

    public static Query query(String resource) {
        return QueryFactory.create(text(resource), Syntax.syntaxSPARQL_11);
    }

    /** A copy of {@code query} with variables replaced by the given nodes. */
    public static Query bind(Query query, Map<String, Node> values) {
        Map<Var, Node> substitutions = new java.util.HashMap<>();
        values.forEach((k, v) -> substitutions.put(Var.alloc(k), v));
        return QueryTransformOps.replaceVars(query, substitutions);
    }
}
