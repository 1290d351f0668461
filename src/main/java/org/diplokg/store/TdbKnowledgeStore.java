package org.diplokg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateRequest;
import org.diplokg.hardening.HardeningProperties;
import org.diplokg.hardening.SafeExpressions;
import org.diplokg.store.engine.EngineTuning;

/**
 * The embedded store: Apache Jena TDB2 on local disk, with the union-of-everything default
 * graph the analysts expect and SHACL validation inside every write transaction.
 */
public final class TdbKnowledgeStore implements KnowledgeStore {

    private final DatasetGraph dsg;
    private final ChangeValidator validator;
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final SubjectChanges commits = new SubjectChanges();
    private final List<java.util.function.Consumer<CommitSummary>> commitListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final int maxStringLength;
    private final TdbQueries queries;
    private final QueryMemoryGuard memory;

    public TdbKnowledgeStore(Path location, ChangeValidator validator, boolean unionDefaultGraph) {
        this(
                location,
                validator,
                unionDefaultGraph,
                HardeningProperties.defaults().maxStringLength());
    }

    /** @param maxStringLength longest string a query's CONCAT/REPLACE may build (diplokg.hardening.max-string-length) */
    public TdbKnowledgeStore(Path location, ChangeValidator validator, boolean unionDefaultGraph, int maxStringLength) {
        this(location, validator, unionDefaultGraph, maxStringLength, QueryMemoryGuard.forHeap(0));
    }

    /** @param memory stops the longest-running query when the heap is nearly full (closed with the store) */
    public TdbKnowledgeStore(
            Path location,
            ChangeValidator validator,
            boolean unionDefaultGraph,
            int maxStringLength,
            QueryMemoryGuard memory) {
        this.memory = memory;
        this.maxStringLength = maxStringLength;
        EngineTuning.apply();
        try {
            Files.createDirectories(location);
            this.dsg = TDB2Factory.connectDataset(location.toString()).asDatasetGraph();
        } catch (Exception e) {
            throw new StoreException(
                    "Cannot open the TDB2 store at " + location.toAbsolutePath()
                            + " (is another DiploKG process using it?): " + e.getMessage(),
                    e);
        }
        this.validator = validator;
        this.queries = new TdbQueries(dsg, unionDefaultGraph, maxStringLength, memory);
    }

    @Override
    public QueryOutcome query(Query query, QueryOptions options) {
        return Txn.calculateRead(dsg, () -> queries.run(query, options));
    }

    /** Rows reach the reader as TDB2 produces them, inside the read transaction: nothing of the answer is held. */
    @Override
    public <T> T select(Query query, QueryOptions options, RowReader<T> reader) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("Not a SELECT query: " + query.queryType());
        }
        return Txn.calculateRead(dsg, () -> queries.stream(query, options, reader));
    }

    /**
     * The graph validation sees: every graph of the store merged. TDB2's own union graph answers from
     * its quad indexes; a dynamic-dataset view would list every graph name on each lookup, which made
     * each write slower as articles accumulated.
     */
    private Graph validationView(DatasetGraph base) {
        Graph union = base.getUnionGraph();
        return base.getDefaultGraph().isEmpty()
                ? union
                : new org.apache.jena.graph.compose.Union(base.getDefaultGraph(), union);
    }

    @Override
    public void update(UpdateRequest request, UpdateOptions options) {
        Duration timeout = options.timeout();
        // REGEX/REPLACE/CONCAT of the update's WHERE rewritten like a query's (SafeExpressions)
        UpdateRequest safe = SafeExpressions.rewrite(
                request,
                maxStringLength,
                System.nanoTime() + (timeout == null ? Duration.ofDays(365) : timeout).toNanos());
        try {
            write(recording -> {
                var exec = UpdateExec.dataset(recording).update(safe);
                if (timeout != null) {
                    exec = exec.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
                exec.execute();
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException("Update", timeout == null ? Duration.ZERO : timeout);
        }
    }

    @Override
    public void replaceGraph(Node graphName, Graph content) {
        replaceGraphs(java.util.Map.of(graphName, content));
    }

    @Override
    public void replaceGraphs(java.util.Map<Node, Graph> contents) {
        write(recording -> contents.forEach((graphName, content) -> {
            if (Quad.isDefaultGraph(graphName)) {
                recording.deleteAny(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
            } else {
                recording.removeGraph(graphName);
            }
            content.find()
                    .forEachRemaining(t -> recording.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
    }

    @Override
    public void addToGraph(Node graphName, Graph content) {
        write(recording -> content.find()
                .forEachRemaining(t -> recording.add(graphName, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    @Override
    public boolean deleteGraph(Node graphName) {
        boolean[] existed = new boolean[1];
        write(recording -> {
            if (Quad.isDefaultGraph(graphName)) {
                existed[0] = true;
                recording.deleteAny(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
            } else {
                existed[0] = recording.containsGraph(graphName);
                recording.removeGraph(graphName);
            }
        });
        return existed[0];
    }

    @Override
    public void onCommit(java.util.function.Consumer<CommitSummary> listener) {
        commitListeners.add(listener);
    }

    /** One write transaction: apply, validate what changed, commit; any exception aborts. */
    private void write(java.util.function.Consumer<ChangeRecordingDatasetGraph> change) {
        var touched = new AtomicReference<Set<Node>>();
        var summary = new AtomicReference<CommitSummary>();
        boolean count = !commitListeners.isEmpty();
        Txn.executeWrite(dsg, () -> {
            ChangeRecordingDatasetGraph recording = new ChangeRecordingDatasetGraph(dsg, count);
            change.accept(recording);
            validate(recording.wholeStoreTouched(), recording.touchedSubjects());
            touched.set(recording.wholeStoreTouched() ? null : recording.touchedSubjects());
            summary.set(recording.summary());
        });
        commits.committed(touched.get());
        if (summary.get() != null && !summary.get().graphs().isEmpty()) {
            commitListeners.forEach(l -> l.accept(summary.get()));
        }
    }

    private void validate(boolean everything, Collection<Node> touched) {
        Graph view = validationView(dsg);
        if (everything || touched.size() > 20_000) {
            validator.checkAll(view);
        } else if (!touched.isEmpty()) {
            validator.checkNodes(view, touched);
        }
    }

    @Override
    public Optional<Graph> graph(Node graphName) {
        return Txn.calculateRead(dsg, () -> {
            if (!Quad.isDefaultGraph(graphName) && !dsg.containsGraph(graphName)) {
                return Optional.<Graph>empty();
            }
            Graph copy = GraphFactory.createDefaultGraph();
            Graph source = Quad.isDefaultGraph(graphName) ? dsg.getDefaultGraph() : dsg.getGraph(graphName);
            source.find().forEachRemaining(copy::add);
            copy.getPrefixMapping().setNsPrefixes(dsg.prefixes().getMapping());
            return Optional.of(copy);
        });
    }

    @Override
    public List<Node> graphNames() {
        return Txn.calculateRead(dsg, () -> Iter.toList(dsg.listGraphNodes()));
    }

    @Override
    public LoadReport load(List<RdfSource> sources, LoadProgress progress) {
        long start = System.nanoTime();
        AtomicLong count = new AtomicLong();
        write(recording -> {
            for (RdfSource source : sources) {
                StreamRDF sink = new LoadSink(recording, source.graphName(), count, progress);
                try {
                    source.parse(sink);
                } catch (RiotException e) {
                    throw new StoreException("Cannot parse " + source.file() + ": " + e.getMessage(), e);
                }
            }
        });
        return new LoadReport(sources.size(), count.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public void export(StreamRDF sink) {
        Txn.executeRead(dsg, () -> {
            sink.start();
            dsg.prefixes().forEach(sink::prefix);
            StreamRDFOps.sendQuadsToStream(dsg.find(), sink);
            sink.finish();
        });
    }

    @Override
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            if (tdb == null) {
                return Iter.count(dsg.find());
            }
            // entries of one index of each table: node ids only, no term decoded
            return entries(tdb.getTripleTable().getNodeTupleTable())
                    + entries(tdb.getQuadTable().getNodeTupleTable());
        });
    }

    private static long entries(NodeTupleTable table) {
        return table.getTupleTable().getIndex(0).size();
    }

    @Override
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, dsg::isEmpty);
    }

    @Override
    public String version() {
        return epoch + "-" + commits.last();
    }

    /** The subjects touched since {@code version}, if it is a version of this process and still in the change log. */
    @Override
    public Optional<Changes> changesSince(String version) {
        int dash = version.lastIndexOf('-');
        if (dash < 0 || !version.substring(0, dash).equals(epoch)) {
            return Optional.empty();
        }
        long since;
        try {
            since = Long.parseLong(version.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return commits.since(since).map(c -> new Changes(epoch + "-" + c.upTo(), c.subjects()));
    }

    @Override
    public void close() {
        memory.close();
        dsg.close();
    }
}
