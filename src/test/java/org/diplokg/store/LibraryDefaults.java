package org.diplokg.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.query.LibraryQuery;

/** A library query with each parameter that has a default bound to it, as {@code /api/queries} binds it. */
final class LibraryDefaults {

    private LibraryDefaults() {}

    static Query bound(LibraryQuery q) {
        Map<String, Node> values = new HashMap<>();
        for (LibraryQuery.Parameter p : q.parameters()) {
            if (p.defaultValue() != null) { // an optional parameter left out stays a free variable
                values.put(p.name(), p.type().parse(p.name(), p.defaultValue(), IriPolicy.DEFAULT_BASE));
            }
        }
        return SparqlFiles.bind(q.query(), values);
    }
}
