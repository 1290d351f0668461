package org.diplokg.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateRequest;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.impl.SimpleDataset;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire to a remote SPARQL 1.1 engine through the RDF4J client: evaluates queries into the store's
 * outcome types with a row cap and a time limit, retries idempotent reads on transport failures with
 * back-off, sends updates, and counts the updates it sent (the remote store's version).
 */
final class RemoteEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteEndpoint.class);

    private final SPARQLRepository repository;
    private final StoreProperties.Remote settings;
    private final AtomicLong commits = new AtomicLong();

    RemoteEndpoint(StoreProperties.Remote settings) {
        this.settings = settings;
        String update = settings.updateUrl() == null || settings.updateUrl().isBlank()
                ? settings.queryUrl()
                : settings.updateUrl();
        this.repository = new SPARQLRepository(settings.queryUrl(), update);
        if (settings.username() != null && !settings.username().isBlank()) {
            repository.setUsernameAndPassword(settings.username(), settings.password());
        }
        repository.init();
    }

    StoreProperties.Remote settings() {
        return settings;
    }

    /** Updates sent so far. */
    long commits() {
        return commits.get();
    }

    QueryOutcome query(Query query, QueryOptions options) {
        return read(() -> evaluate(query, options), options.timeout());
    }

    QueryOutcome.Select select(Query q) {
        return (QueryOutcome.Select) query(q, QueryOptions.of(settings.timeout(), Long.MAX_VALUE));
    }

    boolean ask(Query q) {
        return ((QueryOutcome.Ask) query(q, QueryOptions.of(settings.timeout(), 1))).answer();
    }

    private QueryOutcome evaluate(Query query, QueryOptions options) {
        try (RepositoryConnection conn = repository.getConnection()) {
            String text = query.serialize();
            SimpleDataset dataset = dataset(options);
            int seconds = (int)
                    Math.max(1, Math.min(Integer.MAX_VALUE, options.timeout().toSeconds()));
            if (query.isSelectType()) {
                var tq = conn.prepareTupleQuery(QueryLanguage.SPARQL, text);
                tq.setMaxExecutionTime(seconds);
                if (dataset != null) {
                    tq.setDataset(dataset);
                }
                try (TupleQueryResult result = tq.evaluate()) {
                    List<Var> vars =
                            result.getBindingNames().stream().map(Var::alloc).toList();
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
                    Triple t = Triple.create(
                            RdfValues.toNode(st.getSubject()),
                            RdfValues.toNode(st.getPredicate()),
                            RdfValues.toNode(st.getObject()));
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
                RuntimeException mapped = RemoteFailures.translate(e, timeout, settings.queryUrl());
                boolean transport = mapped.getCause() != null && RemoteFailures.isTransport(e);
                if (!transport || attempt >= attempts) {
                    throw mapped;
                }
                log.warn(
                        "Remote read failed (attempt {}/{}), retrying in {} ms: {}",
                        attempt,
                        attempts,
                        backoff,
                        mapped.getMessage());
                sleep(backoff);
                backoff *= 2;
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted");
        }
    }

    /** Sends one update request (never retried: it is not idempotent in general). */
    void send(UpdateRequest request) {
        if (settings.updateUrl() == null || settings.updateUrl().isBlank()) {
            throw new StoreException("Remote writes need diplokg.store.remote.update-url (--remote-update-url)");
        }
        try (RepositoryConnection conn = repository.getConnection()) {
            var update = conn.prepareUpdate(
                    QueryLanguage.SPARQL, PortableUpdates.of(request).toString());
            update.setMaxExecutionTime((int) Math.max(1, settings.timeout().toSeconds()));
            update.execute();
            commits.incrementAndGet();
        } catch (RuntimeException e) {
            throw RemoteFailures.translate(e, settings.timeout(), settings.queryUrl());
        }
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
