package org.diplokg.linkeddata;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.diplokg.ontology.DiploKg;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Service;

/** Reads what the linked-data pages show about one entity, with the feature queries of {@code queries/linkeddata}. */
@Service
public class EntityDescriptions {

    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(20), 20_000);

    private final KnowledgeStore store;
    private final Query describe = SparqlFiles.query("queries/linkeddata/describe.rq");
    private final Query statements = SparqlFiles.query("queries/linkeddata/statements.rq");
    private final Query incoming = SparqlFiles.query("queries/linkeddata/incoming.rq");
    private final Query incomingSlice = SparqlFiles.query("queries/linkeddata/incoming-slice.rq");
    private final Query evidence = SparqlFiles.query("queries/linkeddata/evidence.rq");
    private final Query exists = SparqlFiles.query("queries/linkeddata/exists.rq");

    public EntityDescriptions(KnowledgeStore store) {
        this.store = store;
    }

    private Query bound(Query q, String iri) {
        return SparqlFiles.bind(q, Map.of("entity", NodeFactory.createURI(iri)));
    }

    public boolean exists(String iri) {
        return ((QueryOutcome.Ask) store.query(bound(exists, iri), OPTIONS)).answer();
    }

    /** The concise bounded description plus labels of linked resources. */
    public Graph describe(String iri) {
        Graph g = ((QueryOutcome.Triples) store.query(bound(describe, iri), OPTIONS)).graph();
        g.getPrefixMapping()
                .setNsPrefix("dk", DiploKg.NS)
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return g;
    }

    public List<Binding> statements(String iri) {
        return store.select(bound(statements, iri), OPTIONS);
    }

    public List<Binding> incoming(String iri) {
        return store.select(bound(incoming, iri), OPTIONS);
    }

    /**
     * At most {@code limit} links pointing at the entity, sorted by property and subject: the first ones the index
     * gives, not the first of the whole sorted list, so a hub's page does not sort all its incoming links.
     */
    public List<Binding> incoming(String iri, int limit) {
        Query q = bound(incomingSlice.cloneQuery(), iri);
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                sub.getQuery().setLimit(limit);
            }
        });
        return store.select(q, OPTIONS);
    }

    public List<Binding> evidence(String iri) {
        return store.select(bound(evidence, iri), OPTIONS);
    }
}
