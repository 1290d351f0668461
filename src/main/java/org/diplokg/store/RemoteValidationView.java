package org.diplokg.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Validates a remote write before it is sent. The remote engine cannot run our shapes, so the incoming
 * data is checked together with the ontology and the types the remote store already knows for the
 * resources it references: class constraints then resolve as they do in embedded mode.
 */
final class RemoteValidationView {

    private static final int TYPES_PER_QUERY = 500;

    private final RemoteEndpoint endpoint;
    private final ChangeValidator validator;
    private final Graph ontology;
    private final Query typesOf = SparqlFiles.query("queries/store/types-of.rq");

    RemoteValidationView(RemoteEndpoint endpoint, ChangeValidator validator, Graph ontology) {
        this.endpoint = endpoint;
        this.validator = validator;
        this.ontology = ontology;
    }

    /** Throws the validator's exception when {@code quads} would violate the shapes. */
    void validate(DatasetGraph quads) {
        Graph view = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(view::add);
        Set<Node> subjects = new LinkedHashSet<>();
        Set<Node> referenced = new LinkedHashSet<>();
        quads.find().forEachRemaining(q -> {
            view.add(q.asTriple());
            subjects.add(q.getSubject());
            if (q.getObject().isURI()) {
                referenced.add(q.getObject());
            }
        });
        referenced.removeAll(subjects);
        List<Node> refs = new ArrayList<>(referenced);
        for (int i = 0; i < refs.size(); i += TYPES_PER_QUERY) {
            Query q = typesOf.cloneQuery();
            List<Binding> rows = refs.subList(i, Math.min(refs.size(), i + TYPES_PER_QUERY)).stream()
                    .map(n -> BindingFactory.binding(Var.alloc("r"), n))
                    .toList();
            q.setValuesDataBlock(List.of(Var.alloc("r")), rows);
            for (Binding b : endpoint.select(q).rows()) {
                view.add(Triple.create(b.get(Var.alloc("r")), RDF.type.asNode(), b.get(Var.alloc("type"))));
            }
        }
        validator.checkNodes(view, subjects.stream().filter(Node::isConcrete).toList());
    }
}
