package org.diplokg.extract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.config.DiploKgProperties;
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

    private static final Node SHA256 = NodeFactory.createURI("https://w3id.org/diplokg/ontology#sha256");

    private final KnowledgeStore store;
    private final String base;
    private final Map<String, String[]> cities = GazetteerLoader.cities();
    private Gazetteer gazetteer;
    private String gazetteerVersion;

    public ArticleIngestion(KnowledgeStore store, DiploKgProperties properties) {
        this.store = store;
        this.base = properties.baseIri();
    }

    public synchronized IngestReport ingest(ArticleInput input) {
        Gazetteer g = gazetteer();
        ArticleExtraction x = new ExtractionPipeline(base, g, cities).extract(input);
        ExtractionGraph writer = new ExtractionGraph(base, g);
        Node graphName = NodeFactory.createURI(writer.graphIri(x));
        Optional<Graph> existing = store.graph(graphName);
        ExtractionGraph.Result result = writer.build(x, Instant.now());
        String status;
        if (existing.isPresent() && !existing.get().isEmpty()) {
            boolean same = existing.get().contains(NodeFactory.createURI(writer.articleIri(x)), SHA256, NodeFactory.createLiteralString(x.sha256()));
            status = same ? "unchanged" : "replaced";
        } else {
            status = "created";
        }
        if (!"unchanged".equals(status)) {
            store.replaceGraph(graphName, result.graph());
            learn(g, result.graph());
        }
        List<String> unresolved = x.unresolvedDates().stream().map(DateMention::expression).toList();
        return new IngestReport(graphName.getURI(), writer.articleIri(x), x.sha256(), status,
                x.published() == null ? null : x.published().toString(), result.counts(), unresolved);
    }

    /** The gazetteer for the store's current content, rebuilt only when someone else wrote. */
    private Gazetteer gazetteer() {
        String version = store.version();
        if (gazetteer == null || !version.equals(gazetteerVersion)) {
            gazetteer = GazetteerLoader.fromStore(store, base);
            gazetteerVersion = version;
        }
        return gazetteer;
    }

    /** After our own write: the new persons, posts and organisations are known now. */
    private void learn(Gazetteer g, Graph written) {
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        written.find(Node.ANY, type, Node.ANY).filterKeep(t -> t.getSubject().isURI()).forEachRemaining(t -> {
            g.markKnown(t.getSubject().getURI());
            if (t.getObject().getURI().endsWith("#Person")) {
                written.find(t.getSubject(), label, Node.ANY).forEachRemaining(l -> g.add(new Gazetteer.Entry(Gazetteer.Kind.PERSON,
                        t.getSubject().getURI(), l.getObject().getLiteralLexicalForm(), null, true, null, null)));
            }
        });
        gazetteerVersion = store.version();
    }
}
