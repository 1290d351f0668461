package org.diplokg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Writes update requests in the form every engine accepts. SPARQL 1.1 allows blank nodes in
 * {@code INSERT DATA}, but Virtuoso 7.2 refuses them ("Blank node is not allowed in a constant
 * clause"); {@code INSERT { … } WHERE {}} has the same meaning (one solution, so each blank-node label
 * is one new node for the whole operation) and is accepted by Fuseki, Virtuoso and the others alike.
 * Virtuoso also limits the SQL one template compiles to, so ground quads stay in {@code INSERT DATA}
 * and the blank-node quads go into templates of a few hundred quads, never splitting the quads that
 * share a blank node (a label names one node only within its operation).
 */
final class PortableUpdates {

    private PortableUpdates() {}

    static UpdateRequest of(UpdateRequest request) {
        if (request.getOperations().stream().noneMatch(PortableUpdates::insertsBlankNodes)) {
            return request;
        }
        UpdateRequest portable = new UpdateRequest();
        request.getPrefixMapping().getNsPrefixMap().forEach(portable::setPrefix);
        for (Update u : request.getOperations()) {
            if (insertsBlankNodes(u)) {
                split((UpdateDataInsert) u, portable);
            } else {
                portable.add(u);
            }
        }
        return portable;
    }

    private static boolean insertsBlankNodes(Update u) {
        return u instanceof UpdateDataInsert insert
                && insert.getQuads().stream()
                        .anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank());
    }

    /** Quads per template; Virtuoso 7.2 stopped at 10,000 lines of generated SQL near 1,000 quads. */
    static final int TEMPLATE_QUADS = 200;

    private static void split(UpdateDataInsert insert, UpdateRequest out) {
        QuadDataAcc ground = new QuadDataAcc();
        Map<Node, List<Quad>> byComponent = new LinkedHashMap<>();
        Map<Node, Node> parent = new HashMap<>();
        List<Quad> blank = new ArrayList<>();
        for (Quad q : insert.getQuads()) {
            if (q.getSubject().isBlank() || q.getObject().isBlank()) {
                blank.add(q);
                if (q.getSubject().isBlank() && q.getObject().isBlank()) {
                    Node a = root(parent, q.getSubject());
                    Node b = root(parent, q.getObject());
                    if (!a.equals(b)) {
                        parent.put(a, b);
                    }
                }
            } else {
                ground.addQuad(q);
            }
        }
        for (Quad q : blank) {
            Node b = q.getSubject().isBlank() ? q.getSubject() : q.getObject();
            byComponent.computeIfAbsent(root(parent, b), k -> new ArrayList<>()).add(q);
        }
        if (!ground.getQuads().isEmpty()) {
            out.add(new UpdateDataInsert(ground));
        }
        UpdateModify template = null;
        for (List<Quad> component : byComponent.values()) {
            if (template == null || template.getInsertQuads().size() + component.size() > TEMPLATE_QUADS) {
                template = new UpdateModify();
                template.setHasInsertClause(true);
                template.setElement(new ElementGroup());
                out.add(template);
            }
            component.forEach(template.getInsertAcc()::addQuad);
        }
    }

    private static Node root(Map<Node, Node> parent, Node n) {
        Node r = n;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
