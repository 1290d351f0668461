package org.diplokg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Dataset equality up to blank-node renaming, for data whose blank nodes form trees (evidence,
 * participations): each blank node is named by a digest of what it says, recursively, then the
 * sorted quad lists are compared. Jena's general isomorphism search backtracks exponentially on
 * hundreds of look-alike evidence nodes; this is linear and exact for acyclic blank nodes.
 */
public final class DatasetComparison {

    private DatasetComparison() {}

    public static List<String> canonical(DatasetGraph dsg) {
        Map<Node, String> names = new HashMap<>();
        List<String> out = new ArrayList<>();
        dsg.find()
                .forEachRemaining(
                        q -> out.add(term(dsg, q.getGraph(), q.getSubject(), names, 0) + " " + q.getPredicate() + " "
                                + term(dsg, q.getGraph(), q.getObject(), names, 0) + " " + graphName(q)));
        Collections.sort(out);
        return out;
    }

    /**
     * Asserts that {@code actual} holds the named graphs of {@code expected} (of its own, those {@code compared}
     * keeps) and that each of them and the default graph is isomorphic to the expected one, graph by graph with
     * Jena's isomorphism test: for round trips (dumps, backups) where blank nodes are relabelled.
     */
    public static void assertIsomorphicGraphByGraph(
            DatasetGraph actual, DatasetGraph expected, Predicate<Node> compared) {
        Set<Node> names = new HashSet<>();
        actual.listGraphNodes().forEachRemaining(n -> {
            if (compared.test(n)) {
                names.add(n);
            }
        });
        Set<Node> expectedNames = new HashSet<>();
        expected.listGraphNodes().forEachRemaining(expectedNames::add);
        assertThat(names).isEqualTo(expectedNames);
        assertThat(actual.getDefaultGraph().isIsomorphicWith(expected.getDefaultGraph()))
                .isTrue();
        for (Node g : expectedNames) {
            assertThat(actual.getGraph(g).isIsomorphicWith(expected.getGraph(g)))
                    .as(g.toString())
                    .isTrue();
        }
    }

    private static String graphName(Quad q) {
        return Quad.isDefaultGraph(q.getGraph()) ? "DEFAULT" : q.getGraph().toString();
    }

    private static String term(DatasetGraph dsg, Node g, Node n, Map<Node, String> names, int depth) {
        if (!n.isBlank()) {
            return n.toString();
        }
        String known = names.get(n);
        if (known != null) {
            return known;
        }
        List<String> parts = new ArrayList<>();
        if (depth < 8) {
            dsg.find(g, n, Node.ANY, Node.ANY)
                    .forEachRemaining(
                            q -> parts.add(q.getPredicate() + "=" + term(dsg, g, q.getObject(), names, depth + 1)));
        }
        Collections.sort(parts);
        String name = "_:" + Integer.toHexString(String.join("|", parts).hashCode()) + "/" + parts.size();
        names.put(n, name);
        return name;
    }
}
