package org.diplokg.extract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.ontology.DiploKg;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.springframework.stereotype.Service;

/**
 * The one write path for articles: extract, build the article's graph, and replace that graph in
 * one validated transaction. The same text again changes nothing; a new text under the same URL
 * (or file name) replaces the old version's graph whole. Facts that contradict other sources stay
 * side by side in their own graphs and show up in the conflicting-claims query.
 */
@Service
public class ArticleIngestion {

    private static final Node SHA256 = DiploKg.sha256;
    private static final org.apache.jena.query.Query REJECTED =
            org.diplokg.store.SparqlFiles.query("queries/extract/rejected-claims.rq");

    private final KnowledgeStore store;
    private final String base;
    private final Map<String, String[]> cities = GazetteerLoader.cities();
    private final DerivedSnapshot<Extractor> extractor;

    /** The gazetteer of the store's content and the pipeline that reads articles with it. */
    private record Extractor(Gazetteer gazetteer, ExtractionPipeline pipeline) {}

    public ArticleIngestion(KnowledgeStore store, IriPolicy iris) {
        this.store = store;
        this.base = iris.baseIri();
        // rebuilt only when someone else wrote: after our own writes, learn() keeps it current
        this.extractor = DerivedSnapshot.rebuilt(store, () -> {
            Gazetteer g = GazetteerLoader.fromStore(store, base);
            return new Extractor(g, new ExtractionPipeline(base, g, cities));
        });
    }

    public synchronized IngestReport ingest(ArticleInput input) {
        Extractor e = extractor.get();
        Prepared p = prepare(input, e);
        if (p.changes()) {
            store.replaceGraph(p.graphName(), p.result().graph());
            learn(e, p.result().graph());
        }
        return p.report();
    }

    /** One article of a batch: its report, or why it was refused. */
    public record Outcome(ArticleInput input, IngestReport report, RuntimeException error) {}

    /**
     * Ingests many articles with one transaction for the whole batch (one commit instead of one per
     * article). If the batch is refused, each article is written on its own, so one bad article
     * does not keep the others out and is reported by itself.
     */
    public synchronized List<Outcome> ingestAll(List<ArticleInput> inputs) {
        Extractor g = extractor.get();
        List<Outcome> outcomes = new java.util.ArrayList<>();
        java.util.Map<Node, Graph> writes = new java.util.LinkedHashMap<>();
        List<Prepared> prepared = new java.util.ArrayList<>();
        for (ArticleInput input : inputs) {
            Prepared p = prepare(input, g);
            prepared.add(p);
            if (p.changes()) {
                writes.put(p.graphName(), p.result().graph());
            }
        }
        try {
            store.replaceGraphs(writes);
            writes.values().forEach(graph -> learn(g, graph));
            prepared.forEach(p -> outcomes.add(new Outcome(p.input(), p.report(), null)));
        } catch (org.diplokg.validation.ValidationFailedException e) {
            for (Prepared p : prepared) {
                try {
                    if (p.changes()) {
                        store.replaceGraph(p.graphName(), p.result().graph());
                        learn(g, p.result().graph());
                    }
                    outcomes.add(new Outcome(p.input(), p.report(), null));
                } catch (org.diplokg.validation.ValidationFailedException single) {
                    outcomes.add(new Outcome(p.input(), null, single));
                }
            }
        }
        return outcomes;
    }

    private record Prepared(ArticleInput input, Node graphName, ExtractionGraph.Result result, IngestReport report) {
        boolean changes() {
            return !"unchanged".equals(report.status());
        }
    }

    private Prepared prepare(ArticleInput input, Extractor e) {
        ArticleExtraction x = e.pipeline().extract(input);
        ExtractionGraph writer = new ExtractionGraph(base, e.gazetteer());
        Node graphName = NodeFactory.createURI(writer.graphIri(x));
        Node article = NodeFactory.createURI(writer.articleIri(x));
        java.util.Optional<Graph> existing = store.graph(graphName).filter(old -> !old.isEmpty());
        String status = existing.isEmpty()
                ? "created"
                : existing.get().contains(article, SHA256, NodeFactory.createLiteralString(x.sha256()))
                        ? "unchanged"
                        : "replaced";
        ExtractionGraph.Result result = writer.build(x, Instant.now());
        if (!"unchanged".equals(status)) {
            markRejected(graphName, result.graph());
        }
        List<String> unresolved =
                x.unresolvedDates().stream().map(DateMention::expression).toList();
        IngestReport report = new IngestReport(
                graphName.getURI(),
                article.getURI(),
                x.sha256(),
                status,
                x.published() == null ? null : x.published().toString(),
                result.counts(),
                unresolved);
        return new Prepared(input, graphName, result, report);
    }

    /** Evidence of claims a reviewer rejected for this graph stays marked rejected in the new version of the graph. */
    private void markRejected(Node graphName, Graph graph) {
        Node evidence = NodeFactory.createURI("https://w3id.org/diplokg/ontology#evidence");
        Node status = NodeFactory.createURI("https://w3id.org/diplokg/ontology#reviewStatus");
        Node rejected = NodeFactory.createURI("https://w3id.org/diplokg/ontology#Rejected");
        var q = org.diplokg.store.SparqlFiles.bind(
                REJECTED, Map.of("graph", graphName, "reviewGraph", NodeFactory.createURI(base + "graph/review")));
        var rows = ((org.diplokg.store.QueryOutcome.Select)
                        store.query(q, org.diplokg.store.QueryOptions.of(java.time.Duration.ofSeconds(30), 100_000)))
                .rows();
        for (var row : rows) {
            Node fact = row.get(org.apache.jena.sparql.core.Var.alloc("fact"));
            graph.find(fact, evidence, Node.ANY).toList().forEach(t -> graph.add(t.getObject(), status, rejected));
        }
    }

    /** After our own write: the new persons, posts and organisations are known now. */
    private void learn(Extractor e, Graph written) {
        Gazetteer g = e.gazetteer();
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        written.find(Node.ANY, type, Node.ANY)
                .filterKeep(t -> t.getSubject().isURI())
                .forEachRemaining(t -> {
                    g.markKnown(t.getSubject().getURI());
                    if (t.getObject().getURI().endsWith("#Person")) {
                        written.find(t.getSubject(), label, Node.ANY)
                                .forEachRemaining(l -> g.add(new Gazetteer.Entry(
                                        Gazetteer.Kind.PERSON,
                                        t.getSubject().getURI(),
                                        l.getObject().getLiteralLexicalForm(),
                                        null,
                                        true,
                                        null,
                                        null)));
                    }
                });
        extractor.update(store.version(), previous -> e);
    }
}
