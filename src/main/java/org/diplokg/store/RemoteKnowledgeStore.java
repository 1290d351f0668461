package org.diplokg.store;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.UpdateRequest;
import org.diplokg.store.SparqlFiles;
import org.eclipse.rdf4j.http.protocol.UnauthorizedException;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.impl.SimpleDataset;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any SPARQL 1.1 engine (Fuseki, GraphDB, Virtuoso, Neptune) as the store, through the RDF4J
 * SPARQL client. Reads are retried with back-off on transport failures. Writes are single update
 * requests (atomic on engines that run a request in one transaction); writes larger than the
 * batch size go to a staging graph batch by batch and are swapped in by one final request, and a
 * failed batch drops the staging graph, so a half-applied write is never visible.
 */
public final class RemoteKnowledgeStore implements KnowledgeStore {

    private static final Logger log = LoggerFactory.getLogger(RemoteKnowledgeStore.class);

    private final SPARQLRepository repository;
    private final StoreProperties.Remote settings;
    private final ChangeValidator validator;
    private final Graph ontology;
    private final String stagingBase;
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong commits = new AtomicLong();

    private final Query graphNames = SparqlFiles.query("queries/store/graph-names.rq");
    private final Query graphContent = SparqlFiles.query("queries/store/graph-content.rq");
    private final Query defaultGraphContent = SparqlFiles.query("queries/store/default-graph-content.rq");
    private final Query graphExists = SparqlFiles.query("queries/store/graph-exists.rq");
    private final Query countQuads = SparqlFiles.query("queries/store/count-quads.rq");
    private final Query isEmpty = SparqlFiles.query("queries/store/is-empty.rq");
    private final Query typesOf = SparqlFiles.query("queries/store/types-of.rq");

    public RemoteKnowledgeStore(StoreProperties.Remote settings, String baseIri, ChangeValidator validator, Graph ontology) {
        if (settings.queryUrl() == null || settings.queryUrl().isBlank()) {
            throw new StoreException("Remote mode needs diplokg.store.remote.query-url (--remote-query-url)");
        }
        this.settings = settings;
        this.validator = validator;
        this.ontology = ontology;
        this.stagingBase = baseIri + "graph/staging/";
        String update = settings.updateUrl() == null || settings.updateUrl().isBlank() ? settings.queryUrl() : settings.updateUrl();
        this.repository = new SPARQLRepository(settings.queryUrl(), update);
        if (settings.username() != null && !settings.username().isBlank()) {
            repository.setUsernameAndPassword(settings.username(), settings.password());
        }
        repository.init();
    }

    // ---- reads

    @Override
    public QueryOutcome query(Query query, QueryOptions options) {
        return read(() -> evaluate(query, options), options.timeout());
    }

    private QueryOutcome evaluate(Query query, QueryOptions options) {
        try (RepositoryConnection conn = repository.getConnection()) {
            String text = query.serialize();
            SimpleDataset dataset = dataset(options);
            int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, options.timeout().toSeconds()));
            if (query.isSelectType()) {
                var tq = conn.prepareTupleQuery(QueryLanguage.SPARQL, text);
                tq.setMaxExecutionTime(seconds);
                if (dataset != null) {
                    tq.setDataset(dataset);
                }
                try (TupleQueryResult result = tq.evaluate()) {
                    List<Var> vars = result.getBindingNames().stream().map(Var::alloc).toList();
                    List<Binding> rows = new ArrayList<>();
                    while (result.hasNext()) {
                        BindingSet bs = result.next();
                        if (rows.size() >= options.maxRows()) {
                            return new QueryOutcome.Select(vars, rows, true);
                        }
                        BindingBuilder b = BindingFactory.builder();
                        for (var binding : bs) {
                            b.add(Var.alloc(binding.getName()), RdfValues.toNode(binding.getValue()));
                        }
                        rows.add(b.build());
                    }
                    return new QueryOutcome.Select(vars, rows, false);
                }
            }
            if (query.isAskType()) {
                var bq = conn.prepareBooleanQuery(QueryLanguage.SPARQL, text);
                bq.setMaxExecutionTime(seconds);
                if (dataset != null) {
                    bq.setDataset(dataset);
                }
                return new QueryOutcome.Ask(bq.evaluate());
            }
            var gq = conn.prepareGraphQuery(QueryLanguage.SPARQL, text);
            gq.setMaxExecutionTime(seconds);
            if (dataset != null) {
                gq.setDataset(dataset);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            try (GraphQueryResult result = gq.evaluate()) {
                while (result.hasNext()) {
                    var st = result.next();
                    Triple t = Triple.create(RdfValues.toNode(st.getSubject()), RdfValues.toNode(st.getPredicate()), RdfValues.toNode(st.getObject()));
                    if (graph.size() >= options.maxRows() && !graph.contains(t)) {
                        return new QueryOutcome.Triples(graph, true);
                    }
                    graph.add(t);
                }
            }
            return new QueryOutcome.Triples(graph, false);
        }
    }

    private static SimpleDataset dataset(QueryOptions options) {
        if (!options.hasProtocolDataset()) {
            return null;
        }
        var vf = SimpleValueFactory.getInstance();
        SimpleDataset ds = new SimpleDataset();
        options.defaultGraphUris().forEach(u -> ds.addDefaultGraph(vf.createIRI(u)));
        options.namedGraphUris().forEach(u -> ds.addNamedGraph(vf.createIRI(u)));
        return ds;
    }

    /** Runs an idempotent read, retrying transport failures with exponential back-off. */
    private <T> T read(Supplier<T> action, Duration timeout) {
        int attempts = Math.max(1, settings.retries() + 1);
        long backoff = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                RuntimeException mapped = translate(e, timeout);
                boolean transport = mapped.getCause() != null && isTransport(e);
                if (!transport || attempt >= attempts) {
                    throw mapped;
                }
                log.warn("Remote read failed (attempt {}/{}), retrying in {} ms: {}", attempt, attempts, backoff, mapped.getMessage());
                sleep(backoff);
                backoff *= 2;
            }
        }
    }

    private RuntimeException translate(RuntimeException e, Duration timeout) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (has(e, SocketTimeoutException.class)) {
            return new QueryTimeoutException(timeout);
        }
        if (has(e, UnauthorizedException.class) || String.valueOf(e.getMessage()).contains("401")) {
            return new StoreException("The remote store at " + settings.queryUrl() + " refused the credentials (HTTP 401); "
                    + "check DIPLOKG_STORE_REMOTE_USERNAME / DIPLOKG_STORE_REMOTE_PASSWORD", e);
        }
        if (has(e, ConnectException.class) || has(e, UnknownHostException.class)) {
            return new StoreException("The remote store at " + settings.queryUrl() + " cannot be reached: " + rootMessage(e), e);
        }
        if (has(e, MalformedQueryException.class)) {
            return new StoreException("The remote store rejected the request: " + rootMessage(e), e);
        }
        return new StoreException("The remote store failed: " + rootMessage(e), e);
    }

    private static boolean isTransport(Throwable e) {
        return has(e, ConnectException.class) || has(e, java.net.SocketException.class) || has(e, java.io.IOException.class)
                && !has(e, SocketTimeoutException.class);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted");
        }
    }

    private QueryOutcome.Select select(Query q) {
        return (QueryOutcome.Select) query(q, QueryOptions.of(settings.timeout(), Long.MAX_VALUE));
    }

    private boolean ask(Query q) {
        return ((QueryOutcome.Ask) query(q, QueryOptions.of(settings.timeout(), 1))).answer();
    }

    @Override
    public Optional<Graph> graph(Node graphName) {
        if (!Quad.isDefaultGraph(graphName) && !ask(SparqlFiles.bind(graphExists, Map.of("graph", graphName)))) {
            return Optional.empty();
        }
        Query q = Quad.isDefaultGraph(graphName) ? defaultGraphContent : SparqlFiles.bind(graphContent, Map.of("graph", graphName));
        Graph g = GraphFactory.createDefaultGraph();
        for (Binding b : select(q).rows()) {
            g.add(Triple.create(b.get(Var.alloc("s")), b.get(Var.alloc("p")), b.get(Var.alloc("o"))));
        }
        return Optional.of(g);
    }

    @Override
    public List<Node> graphNames() {
        return select(graphNames).rows().stream().map(b -> b.get(Var.alloc("g"))).filter(n -> !n.getURI().startsWith(stagingBase)).toList();
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
        Binding b = select(countQuads).rows().getFirst();
        return ((Number) b.get(Var.alloc("n")).getLiteralValue()).longValue();
    }

    @Override
    public boolean isEmpty() {
        return !ask(isEmpty);
    }

    @Override
    public String version() {
        return "remote-" + epoch + "-" + commits.get();
    }

    // ---- writes

    @Override
    public void update(UpdateRequest request, UpdateOptions options) {
        send(request);
    }

    @Override
    public void replaceGraph(Node graphName, Graph content) {
        replaceGraphs(Map.of(graphName, content));
    }

    /** All graphs staged, then swapped into place by one final request: all of them or none. */
    @Override
    public void replaceGraphs(Map<Node, Graph> contents) {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        contents.forEach((graphName, content) ->
                content.find().forEachRemaining(t -> quads.add(graphName, t.getSubject(), t.getPredicate(), t.getObject())));
        validate(quads);
        writeGraphs(quads, true);
    }

    @Override
    public void addToGraph(Node graphName, Graph content) {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        content.find().forEachRemaining(t -> quads.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        validate(quads);
        writeGraphs(quads, false);
    }

    @Override
    public boolean deleteGraph(Node graphName) {
        boolean existed = Quad.isDefaultGraph(graphName) || ask(SparqlFiles.bind(graphExists, Map.of("graph", graphName)));
        if (existed) {
            UpdateRequest drop = new UpdateRequest();
            drop.add(Quad.isDefaultGraph(graphName) ? new UpdateDrop(Target.DEFAULT, true) : new UpdateDrop(graphName, true));
            send(drop);
        }
        return existed;
    }

    @Override
    public LoadReport load(List<RdfSource> sources, LoadProgress progress) {
        long start = System.nanoTime();
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        for (RdfSource source : sources) {
            StreamRDF sink = new GraphRoutingSink(quads, source.graphName());
            try {
                source.parse(sink);
            } catch (RiotException e) {
                throw new StoreException("Cannot parse " + source.file() + ": " + e.getMessage(), e);
            }
        }
        validate(quads);
        long n = writeGraphs(quads, false);
        progress.loaded(n);
        return new LoadReport(sources.size(), n, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Writes every graph of {@code quads}: small writes as one request; large ones staged batch by
     * batch, then moved (replace) or added into place by one final request. Returns quads written.
     */
    private long writeGraphs(DatasetGraph quads, boolean replace) {
        long total = countQuads(quads);
        List<Node> graphs = new ArrayList<>();
        quads.listGraphNodes().forEachRemaining(graphs::add);
        if (!quads.getDefaultGraph().isEmpty()) {
            graphs.add(Quad.defaultGraphIRI);
        }
        if (total <= settings.batchSize()) {
            UpdateRequest request = new UpdateRequest();
            for (Node g : graphs) {
                if (replace) {
                    request.add(Quad.isDefaultGraph(g) ? new UpdateDrop(Target.DEFAULT, true) : new UpdateDrop(g, true));
                }
                request.add(insert(g, graphTriples(quads, g)));
            }
            send(request);
            return total;
        }
        Map<Node, Node> staging = new HashMap<>();
        String run = UUID.randomUUID().toString();
        try {
            int batchNo = 0;
            for (Node g : graphs) {
                Node stage = NodeFactory.createURI(stagingBase + run + "/" + staging.size());
                staging.put(g, stage);
                List<Triple> batch = new ArrayList<>(settings.batchSize());
                for (Triple t : graphTriples(quads, g)) {
                    batch.add(t);
                    if (batch.size() == settings.batchSize()) {
                        sendBatch(stage, batch, ++batchNo);
                        batch = new ArrayList<>(settings.batchSize());
                    }
                }
                if (!batch.isEmpty()) {
                    sendBatch(stage, batch, ++batchNo);
                }
            }
            UpdateRequest swap = new UpdateRequest();
            for (Node g : graphs) {
                Target target = Quad.isDefaultGraph(g) ? Target.DEFAULT : Target.create(g);
                swap.add(replace ? new UpdateMove(Target.create(staging.get(g)), target, true)
                        : new UpdateAdd(Target.create(staging.get(g)), target, true));
                if (!replace) {
                    swap.add(new UpdateDrop(staging.get(g), true));
                }
            }
            send(swap);
            return total;
        } catch (StoreException e) {
            dropStaging(staging.values());
            throw new StoreException("Remote write failed; the staged data was discarded and nothing was applied: " + e.getMessage(), e);
        }
    }

    private void sendBatch(Node stage, List<Triple> batch, int batchNo) {
        try {
            send(new UpdateRequest(insert(stage, batch)));
        } catch (StoreException e) {
            throw new StoreException("batch " + batchNo + " (" + batch.size() + " triples) failed: " + e.getMessage(), e);
        }
    }

    private void dropStaging(Iterable<Node> stages) {
        try {
            UpdateRequest drop = new UpdateRequest();
            stages.forEach(s -> drop.add(new UpdateDrop(s, true)));
            send(drop);
        } catch (RuntimeException e) {
            log.error("Could not drop staging graphs {} after a failed write; drop graphs under {} by hand", stages, stagingBase, e);
        }
    }

    private static UpdateDataInsert insert(Node graph, Iterable<Triple> triples) {
        QuadDataAcc acc = new QuadDataAcc();
        for (Triple t : triples) {
            acc.addQuad(Quad.create(Quad.isDefaultGraph(graph) ? Quad.defaultGraphNodeGenerated : graph, t));
        }
        return new UpdateDataInsert(acc);
    }

    private static List<Triple> graphTriples(DatasetGraph quads, Node g) {
        Graph graph = Quad.isDefaultGraph(g) ? quads.getDefaultGraph() : quads.getGraph(g);
        return graph.find().toList();
    }

    private static long countQuads(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private void send(UpdateRequest request) {
        if (settings.updateUrl() == null || settings.updateUrl().isBlank()) {
            throw new StoreException("Remote writes need diplokg.store.remote.update-url (--remote-update-url)");
        }
        try (RepositoryConnection conn = repository.getConnection()) {
            var update = conn.prepareUpdate(QueryLanguage.SPARQL, request.toString());
            update.setMaxExecutionTime((int) Math.max(1, settings.timeout().toSeconds()));
            update.execute();
            commits.incrementAndGet();
        } catch (RuntimeException e) {
            throw translate(e, settings.timeout());
        }
    }

    /**
     * Validates incoming data together with the ontology and the types the remote store already
     * knows for the resources it references, so class constraints resolve as in embedded mode.
     */
    private void validate(DatasetGraph quads) {
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
        for (int i = 0; i < refs.size(); i += 500) {
            Query q = typesOf.cloneQuery();
            List<Binding> rows = refs.subList(i, Math.min(refs.size(), i + 500)).stream()
                    .map(n -> BindingFactory.binding(Var.alloc("r"), n)).toList();
            q.setValuesDataBlock(List.of(Var.alloc("r")), rows);
            for (Binding b : select(q).rows()) {
                view.add(Triple.create(b.get(Var.alloc("r")), org.apache.jena.vocabulary.RDF.type.asNode(), b.get(Var.alloc("type"))));
            }
        }
        validator.checkNodes(view, subjects.stream().filter(Node::isConcrete).toList());
    }

    /** Triples of triple-only sources go to the source's graph; quads keep their own. */
    private record GraphRoutingSink(DatasetGraph target, Node graphName) implements StreamRDF {
        @Override
        public void triple(Triple t) {
            target.add(graphName == null ? Quad.defaultGraphIRI : graphName, t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override
        public void quad(Quad q) {
            target.add(q.isTriple() ? Quad.create(graphName == null ? Quad.defaultGraphIRI : graphName, q.asTriple()) : q);
        }

        @Override
        public void start() {
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void finish() {
        }
    }

    @Override
    public void close() {
        repository.shutDown();
    }

}
