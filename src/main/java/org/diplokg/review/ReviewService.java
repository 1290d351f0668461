package org.diplokg.review;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.audit.AuditTrail;
import org.diplokg.errors.DomainException;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.security.Caller;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.SparqlFiles;
import org.diplokg.store.UpdateOptions;
import org.springframework.stereotype.Service;

/**
 * Records a reviewer's decision as a PROV activity in the review graph, in one validated update: accepted
 * facts get {@code dk:verified true}; a rejected claim's evidence is marked {@code dk:reviewStatus dk:Rejected}
 * in its own graph (and stays there); a correction adds a new claim in the review graph, with manual evidence
 * attributed to the reviewer and citing the original span.
 */
@Service
public class ReviewService {

    private static final String DK = "https://w3id.org/diplokg/ontology#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final int MAX_COMMENT = 2000;

    private final KnowledgeStore store;
    private final ReviewQueue queue;
    private final String base;
    private final UpdateRequest markRejected =
            UpdateFactory.create(SparqlFiles.text("queries/review/mark-rejected.ru"));
    private final Query claimValue = SparqlFiles.query("queries/review/claim-value.rq");

    public ReviewService(KnowledgeStore store, ReviewQueue queue, IriPolicy iris) {
        this.store = store;
        this.queue = queue;
        this.base = iris.baseIri();
    }

    /** A decision asked for: {@code accept}, {@code reject} or {@code correct} (with {@code value}, and {@code property} unless the claim has one). */
    public record Request(String action, String value, String property, String comment) {}

    public synchronized ReviewItem decide(String id, Request request, Caller caller) {
        ReviewItem item = queue.find(id).orElseThrow(() -> DomainException.notFound("No review item " + id));
        if (!"open".equals(item.status())) {
            throw DomainException.conflict("Item " + id + " was already " + item.status() + " by "
                    + item.decision().who() + " at " + item.decision().at());
        }
        String action = request.action() == null ? "" : request.action().trim().toLowerCase(Locale.ROOT);
        Node outcome = switch (action) {
            case "accept" -> dk("Accepted");
            case "reject" -> dk("Rejected");
            case "correct" -> dk("Corrected");
            default ->
                throw DomainException.invalid(
                        "'action' must be accept, reject or correct, not '" + request.action() + "'");
        };
        if (request.comment() != null && request.comment().length() > MAX_COMMENT) {
            throw DomainException.invalid("The comment is longer than " + MAX_COMMENT + " characters");
        }
        Node fact = NodeFactory.createURI(item.fact());
        Node graph = NodeFactory.createURI(item.graph());
        Node review = queue.reviewGraph();
        Node decision = NodeFactory.createURI(base + "id/review/" + id + "/" + UUID.randomUUID());
        Node agent = AuditTrail.agent(base, caller.name());
        QuadDataAcc data = new QuadDataAcc();
        add(data, review, decision, RDF.type.asNode(), dk("ReviewDecision"));
        add(data, review, decision, dk("reviewItem"), NodeFactory.createLiteralString(id));
        add(data, review, decision, dk("reviewedFact"), fact);
        add(data, review, decision, dk("reviewedGraph"), graph);
        add(data, review, decision, dk("decision"), outcome);
        add(data, review, decision, prov("wasAssociatedWith"), agent);
        add(
                data,
                review,
                decision,
                prov("endedAtTime"),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        add(data, review, decision, prov("used"), fact);
        if (request.comment() != null && !request.comment().isBlank()) {
            add(
                    data,
                    review,
                    decision,
                    RDFS.comment.asNode(),
                    NodeFactory.createLiteralString(request.comment().strip()));
        }
        add(data, review, agent, RDF.type.asNode(), prov("Agent"));
        add(data, review, agent, RDFS.label.asNode(), NodeFactory.createLiteralString(caller.name()));
        UpdateRequest update = new UpdateRequest();
        switch (action) {
            case "accept" ->
                add(data, review, fact, dk("verified"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            case "correct" -> correction(data, item, request, decision, agent);
            default -> {}
        }
        update.add(new UpdateDataInsert(data));
        if ("reject".equals(action)) {
            UpdateTransformOps.transform(markRejected, Map.of(Var.alloc("fact"), fact, Var.alloc("graph"), graph))
                    .getOperations()
                    .forEach(update::add);
        }
        store.update(update, UpdateOptions.NONE);
        return queue.find(id).orElseThrow();
    }

    /** The corrected claim: the fact with the new value, backed by manual evidence at the original span. */
    private void correction(QuadDataAcc data, ReviewItem item, Request request, Node decision, Node agent) {
        if (request.value() == null || request.value().isBlank()) {
            throw DomainException.invalid("A correction needs 'value', the right value");
        }
        String p = request.property() != null && !request.property().isBlank()
                ? request.property().trim()
                : item.property();
        if (p == null) {
            throw DomainException.invalid(
                    "This claim has no single property in conflict; name the corrected 'property' (e.g. dk:startDate)");
        }
        Node property = iri("property", p.startsWith("dk:") ? DK + p.substring(3) : p);
        Node fact = NodeFactory.createURI(item.fact());
        Node review = queue.reviewGraph();
        Node value = typedLike(
                original(fact, NodeFactory.createURI(item.graph()), property),
                request.value().trim());
        Node evidence = NodeFactory.createURI(decision.getURI() + "/evidence");
        add(data, review, fact, property, value);
        add(data, review, fact, dk("evidence"), evidence);
        add(data, review, evidence, RDF.type.asNode(), dk("Evidence"));
        add(data, review, evidence, dk("source"), NodeFactory.createURI(item.article()));
        add(data, review, evidence, dk("extractionMethod"), dk("ManualAnnotation"));
        add(
                data,
                review,
                evidence,
                dk("confidence"),
                NodeFactory.createLiteralDT(BigDecimal.ONE.toPlainString(), XSDDatatype.XSDdecimal));
        if (item.evidence().start() != null) {
            add(
                    data,
                    review,
                    evidence,
                    dk("startOffset"),
                    NodeFactory.createLiteralDT(item.evidence().start().toString(), XSDDatatype.XSDinteger));
            add(
                    data,
                    review,
                    evidence,
                    dk("endOffset"),
                    NodeFactory.createLiteralDT(item.evidence().end().toString(), XSDDatatype.XSDinteger));
        }
        add(data, review, evidence, prov("wasAttributedTo"), agent);
        add(data, review, evidence, prov("wasGeneratedBy"), decision);
    }

    private Node original(Node fact, Node graph, Node property) {
        Query q = SparqlFiles.bind(claimValue, Map.of("fact", fact, "graph", graph, "property", property));
        List<org.apache.jena.sparql.engine.binding.Binding> rows =
                store.select(q, QueryOptions.of(Duration.ofSeconds(10), 1));
        return rows.isEmpty() ? null : rows.getFirst().get(Var.alloc("value"));
    }

    /** The corrected value as the same kind of term as the value it corrects (an IRI, or a literal of its datatype). */
    static Node typedLike(Node original, String value) {
        if (original != null && original.isURI() || original == null && value.matches("https?://\\S+")) {
            return iri("value", value.startsWith("dk:") ? DK + value.substring(3) : value);
        }
        if (original == null) {
            XSDDatatype guess = value.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? XSDDatatype.XSDdate
                    : value.matches("\\d{4}-\\d{2}")
                            ? XSDDatatype.XSDgYearMonth
                            : value.matches("-?\\d+(\\.\\d+)?") ? XSDDatatype.XSDdecimal : XSDDatatype.XSDstring;
            return NodeFactory.createLiteralDT(value, guess);
        }
        String dt = original.getLiteralDatatypeURI();
        if (value.matches("\\d{4}-\\d{2}-\\d{2}") && dt != null && dt.startsWith(XSDDatatype.XSD + "#gYear")) {
            dt = XSDDatatype.XSDdate.getURI(); // a date made more precise
        }
        RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(dt);
        if (!type.isValid(value)) {
            throw DomainException.invalid("'" + value + "' is not a valid " + dt.substring(dt.lastIndexOf('#') + 1)
                    + " like the value it corrects ('" + original.getLiteralLexicalForm() + "')");
        }
        return NodeFactory.createLiteralDT(value, type);
    }

    private static Node iri(String what, String value) {
        if (!IRIs.check(value) || IRIs.reference(value).scheme() == null) {
            throw DomainException.invalid("'" + what + "' must be an absolute IRI or dk:Name, not '" + value + "'");
        }
        return NodeFactory.createURI(value);
    }

    private static void add(QuadDataAcc data, Node g, Node s, Node p, Node o) {
        data.addQuad(Quad.create(g, s, p, o));
    }

    private static Node dk(String local) {
        return NodeFactory.createURI(DK + local);
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }
}
