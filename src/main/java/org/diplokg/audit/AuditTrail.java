package org.diplokg.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.security.Caller;
import org.diplokg.store.CommitSummary;
import org.diplokg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Records who changed what: every authorised HTTP write becomes a log line and a {@code dk:AuditEntry} in the
 * audit graph (who by token name, when, endpoint, graphs touched, triples added and removed). The store
 * reports each commit on the writing thread; the commits of one request are gathered here and written
 * when the request ends. The audit graph's own writes are not audited, or each entry would beget another.
 */
@Component
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger("diplokg.audit");
    static final String DK = "https://w3id.org/diplokg/ontology#";
    static final String PROV = "http://www.w3.org/ns/prov#";

    private final KnowledgeStore store;
    private final boolean enabled;
    private final String base;
    private final Node graph;
    private final ThreadLocal<List<CommitSummary>> current = new ThreadLocal<>();

    public AuditTrail(
            KnowledgeStore store,
            AuditProperties properties,
            @Value("${diplokg.base-iri:https://w3id.org/diplokg/}") String base) {
        this.store = store;
        this.enabled = properties.enabled();
        this.base = base;
        this.graph = NodeFactory.createURI(new IriPolicy(base).graph("audit"));
        store.onCommit(this::committed);
    }

    public Node graph() {
        return graph;
    }

    /** Starts gathering the commits of the request on this thread. */
    void begin() {
        current.set(new ArrayList<>());
    }

    /** Ends the request on this thread; records it when a token authorised it and it succeeded. */
    void end(Caller caller, String method, String endpoint, int status) {
        List<CommitSummary> commits = current.get();
        current.remove();
        if (caller == null || commits == null || status >= 400) {
            return;
        }
        Map<Node, long[]> graphs = new LinkedHashMap<>();
        commits.forEach(c -> c.graphs().forEach((g, d) -> {
            long[] n = graphs.computeIfAbsent(g, k -> new long[2]);
            n[0] += d.added();
            n[1] += d.removed();
        }));
        long added = graphs.values().stream().mapToLong(n -> n[0]).sum();
        long removed = graphs.values().stream().mapToLong(n -> n[1]).sum();
        LOG.info(
                "write by={} {} {} status={} added={} removed={} graphs={}",
                caller.name(),
                method,
                endpoint,
                status,
                added,
                removed,
                graphs.keySet().stream().map(AuditTrail::name).toList());
        if (!enabled) {
            return;
        }
        try {
            store.addToGraph(graph, entry(caller, method, endpoint, status, added, removed, graphs.keySet()));
        } catch (RuntimeException e) {
            // The write itself has committed; a failing audit write must not turn its answer into an error.
            LOG.error("Audit entry for {} {} by {} not recorded: {}", method, endpoint, caller.name(), e.getMessage());
        }
    }

    private void committed(CommitSummary summary) {
        if (summary.graphs().size() == 1 && summary.graphs().containsKey(graph)) {
            return;
        }
        List<CommitSummary> commits = current.get();
        if (commits != null) {
            commits.add(summary);
        } else {
            LOG.info(
                    "write outside a request (CLI or background) added={} removed={} graphs={}",
                    summary.added(),
                    summary.removed(),
                    summary.graphs().keySet().stream().map(AuditTrail::name).toList());
        }
    }

    private Graph entry(
            Caller caller,
            String method,
            String endpoint,
            int status,
            long added,
            long removed,
            Iterable<Node> graphs) {
        Graph g = GraphFactory.createDefaultGraph();
        Node entry = NodeFactory.createURI(base + "id/audit/" + UUID.randomUUID());
        Node agent = agent(base, caller.name());
        g.add(entry, RDF.type.asNode(), dk("AuditEntry"));
        g.add(entry, prov("wasAssociatedWith"), agent);
        g.add(agent, RDF.type.asNode(), prov("Agent"));
        g.add(agent, RDFS.label.asNode(), NodeFactory.createLiteralString(caller.name()));
        g.add(
                entry,
                prov("endedAtTime"),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        g.add(entry, dk("httpMethod"), NodeFactory.createLiteralString(method));
        g.add(entry, dk("endpoint"), NodeFactory.createLiteralString(endpoint));
        g.add(entry, dk("httpStatus"), NodeFactory.createLiteralDT(Integer.toString(status), XSDDatatype.XSDinteger));
        g.add(entry, dk("triplesAdded"), NodeFactory.createLiteralDT(Long.toString(added), XSDDatatype.XSDinteger));
        g.add(entry, dk("triplesRemoved"), NodeFactory.createLiteralDT(Long.toString(removed), XSDDatatype.XSDinteger));
        for (Node touched : graphs) {
            g.add(entry, dk("touchedGraph"), Quad.isDefaultGraph(touched) ? dk("DefaultGraph") : touched);
        }
        return g;
    }

    /** The PROV agent standing for a token's holder; the review graph uses the same IRIs. */
    public static Node agent(String base, String tokenName) {
        return NodeFactory.createURI(base + "id/agent/" + URLEncoder.encode(tokenName, StandardCharsets.UTF_8));
    }

    private static String name(Node g) {
        return Quad.isDefaultGraph(g) ? "default" : g.getURI();
    }

    private static Node dk(String local) {
        return NodeFactory.createURI(DK + local);
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }
}
