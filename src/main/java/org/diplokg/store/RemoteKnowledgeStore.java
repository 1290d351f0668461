package org.diplokg.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Any SPARQL 1.1 engine (Fuseki, GraphDB, Virtuoso, Neptune) as the store, through the RDF4J
 * SPARQL client. This class is the {@link KnowledgeStore} face; the jobs behind it are apart:
 * {@link RemoteEndpoint} (evaluation, retries of reads, error translation by {@link RemoteFailures}),
 * {@link StagedWrites} (writes larger than the batch size staged and swapped in by one request, so a
 * half-applied write is never visible) and {@link RemoteValidationView} (shapes checked before sending).
 */
public final class RemoteKnowledgeStore implements KnowledgeStore {

    private final RemoteEndpoint endpoint;
    private final StagedWrites writes;
    private final RemoteValidationView validation;
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);

    private final Query graphNames = SparqlFiles.query("queries/store/graph-names.rq");
    private final Query graphContent = SparqlFiles.query("queries/store/graph-content.rq");
    private final Query defaultGraphContent = SparqlFiles.query("queries/store/default-graph-content.rq");
    private final Query graphExists = SparqlFiles.query("queries/store/graph-exists.rq");
    private final Query countQuads = SparqlFiles.query("queries/store/count-quads.rq");
    private final Query holdsData;

    public RemoteKnowledgeStore(
            StoreProperties.Remote settings, String baseIri, ChangeValidator validator, Graph ontology) {
        if (settings.queryUrl() == null || settings.queryUrl().isBlank()) {
            throw new StoreException("Remote mode needs diplokg.store.remote.query-url (--remote-query-url)");
        }
        this.endpoint = new RemoteEndpoint(settings);
        this.writes = new StagedWrites(endpoint, baseIri + "graph/staging/");
        this.holdsData = SparqlFiles.bind(
                SparqlFiles.query("queries/store/holds-diplokg-graphs.rq"),
                Map.of(
                        "base", NodeFactory.createLiteralString(baseIri + "graph/"),
                        "ontology", NodeFactory.createURI(baseIri + "graph/ontology")));
        this.validation = new RemoteValidationView(endpoint, validator, ontology);
    }

    // ---- reads

    @Override
    public QueryOutcome query(Query query, QueryOptions options) {
        return endpoint.query(query, options);
    }

    @Override
    public Optional<Graph> graph(Node graphName) {
        if (!Quad.isDefaultGraph(graphName)
                && !endpoint.ask(SparqlFiles.bind(graphExists, Map.of("graph", graphName)))) {
            return Optional.empty();
        }
        Query q = Quad.isDefaultGraph(graphName)
                ? defaultGraphContent
                : SparqlFiles.bind(graphContent, Map.of("graph", graphName));
        Graph g = GraphFactory.createDefaultGraph();
        for (Binding b : endpoint.select(q).rows()) {
            g.add(Triple.create(b.get(Var.alloc("s")), b.get(Var.alloc("p")), b.get(Var.alloc("o"))));
        }
        return Optional.of(g);
    }

    @Override
    public List<Node> graphNames() {
        return endpoint.select(graphNames).rows().stream()
                .map(b -> b.get(Var.alloc("g")))
                .filter(n -> !writes.isStaging(n))
                .toList();
    }

    @Override
    public void export(StreamRDF sink) {
        sink.start();
        graph(Quad.defaultGraphIRI).ifPresent(g -> g.find().forEachRemaining(sink::triple));
        for (Node name : graphNames()) {
            graph(name).ifPresent(g -> g.find().forEachRemaining(t -> sink.quad(Quad.create(name, t))));
        }
        sink.finish();
    }

    @Override
    public long size() {
        Binding b = endpoint.select(countQuads).rows().getFirst();
        return ((Number) b.get(Var.alloc("n")).getLiteralValue()).longValue();
    }

    @Override
    public boolean isEmpty() {
        return !endpoint.ask(holdsData);
    }

    @Override
    public String version() {
        return "remote-" + epoch + "-" + endpoint.commits();
    }

    // ---- writes

    /**
     * Validated like every other write: the quads of each {@code INSERT DATA} are checked against the shapes
     * (with the types the remote store knows) before the request is sent. Operations whose effect depends on
     * the remote data ({@code DELETE/INSERT ... WHERE}, {@code LOAD}, {@code ADD}, {@code COPY}, {@code MOVE})
     * cannot be checked before the engine applies them, so they are refused. Pure removals ({@code DELETE DATA},
     * {@code CLEAR}, {@code DROP}, {@code CREATE}) pass, as Graph Store deletes do.
     */
    @Override
    public void update(UpdateRequest request, UpdateOptions options) {
        DatasetGraph inserted = DatasetGraphFactory.createGeneral();
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateDataInsert insert) {
                insert.getQuads()
                        .forEach(q ->
                                inserted.add(q.isDefaultGraph() ? new Quad(Quad.defaultGraphIRI, q.asTriple()) : q));
            } else if (!(u instanceof UpdateDataDelete
                    || u instanceof UpdateDrop
                    || u instanceof UpdateClear
                    || u instanceof UpdateCreate)) {
                throw new StoreException(
                        "In remote mode /update accepts INSERT DATA (validated against the shapes), DELETE DATA, "
                                + "CLEAR, DROP and CREATE only; "
                                + u.getClass()
                                        .getSimpleName()
                                        .replace("Update", "")
                                        .toUpperCase(java.util.Locale.ROOT)
                                + " operations (DELETE/INSERT ... WHERE, LOAD, ADD, COPY, MOVE) cannot be validated before the remote engine "
                                + "applies them and are refused. Compute the change and send it as DELETE DATA / INSERT DATA.");
            }
        }
        if (!inserted.isEmpty()) {
            validation.validate(inserted);
        }
        endpoint.send(request);
    }

    @Override
    public void replaceGraph(Node graphName, Graph content) {
        replaceGraphs(Map.of(graphName, content));
    }

    /** All graphs staged, then swapped into place by one final request: all of them or none. */
    @Override
    public void replaceGraphs(Map<Node, Graph> contents) {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        contents.forEach((graphName, content) -> content.find()
                .forEachRemaining(t -> quads.add(graphName, t.getSubject(), t.getPredicate(), t.getObject())));
        validation.validate(quads);
        writes.write(quads, true);
    }

    @Override
    public void addToGraph(Node graphName, Graph content) {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        content.find().forEachRemaining(t -> quads.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        validation.validate(quads);
        writes.write(quads, false);
    }

    @Override
    public boolean deleteGraph(Node graphName) {
        boolean existed = Quad.isDefaultGraph(graphName)
                || endpoint.ask(SparqlFiles.bind(graphExists, Map.of("graph", graphName)));
        if (existed) {
            UpdateRequest drop = new UpdateRequest();
            drop.add(
                    Quad.isDefaultGraph(graphName)
                            ? new UpdateDrop(Target.DEFAULT, true)
                            : new UpdateDrop(graphName, true));
            endpoint.send(drop);
        }
        return existed;
    }

    /** Parses every source in memory, validates the lot, then writes it as one (possibly staged) write. */
    @Override
    public LoadReport load(List<RdfSource> sources, LoadProgress progress) {
        long start = System.nanoTime();
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        AtomicLong parsed = new AtomicLong();
        for (RdfSource source : sources) {
            LoadSink.parse(source, new LoadSink(quads, source.graphName(), parsed, n -> {}));
        }
        validation.validate(quads);
        long n = writes.write(quads, false);
        progress.loaded(n);
        return new LoadReport(sources.size(), n, Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
