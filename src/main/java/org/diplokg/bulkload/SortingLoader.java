package org.diplokg.bulkload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.ProgressMonitor;
import org.apache.jena.system.progress.ProgressMonitorOutput;
import org.apache.jena.tdb2.loader.BulkLoaderException;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderBase;
import org.apache.jena.tdb2.loader.main.PrefixHandlerBulk;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.StoragePrefixesTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Fills an empty TDB2 store by sorting instead of inserting. While the parser runs, a second thread gives every term
 * its node id and keeps each quad as four longs; at the end each of the nine indexes is sorted in its own order and
 * written bottom-up, full blocks in sequence ({@link IndexPacking}), two at a time. Jena's phased loader instead inserts
 * every quad into two indexes and then replays one into the other seven, each insert a descent into a B+tree whose
 * blocks arrive in random order; on two cores that replay is most of a ten-million-quad load. Memory stays bounded:
 * past a quarter of the heap the tuples go to sorted run files that are merged as the indexes are written.
 *
 * <p>After {@link #finishBulk()} the dataset object still holds the indexes' state from before the load: connect to
 * the store again before reading it (as {@link BulkLoader} does).
 */
public final class SortingLoader extends LoaderBase {

    private static final int BATCH = 10_000;
    private static final List<Quad> END = List.of();

    private final DatasetGraphTDB tdb;
    private final NodeTable nodeTable;
    private final TupleIndex[] tripleIndexes;
    private final TupleIndex[] quadIndexes;
    private final IdTuples triples;
    private final IdTuples quads;
    private final PrefixHandlerBulk prefixes;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(8);
    private final StreamRDF stream = new Input();
    private final byte[] idBytes = new byte[Long.BYTES];
    private List<Quad> batch = new ArrayList<>(BATCH);
    private Thread worker;
    private volatile Throwable failure;
    private boolean exclusive;
    private long countTriples;
    private long countQuads;

    /** @param tempDir where sorted runs go when the tuples outgrow a quarter of the heap */
    public SortingLoader(DatasetGraph dsg, MonitorOutput output, Path tempDir) {
        this(dsg, output, tempDir, Runtime.getRuntime().maxMemory() / 4);
    }

    /** @param memoryBytes heap the loader may fill with tuples before it writes sorted runs */
    SortingLoader(DatasetGraph dsg, MonitorOutput output, Path tempDir, long memoryBytes) {
        super(dsg, null, output);
        this.tdb = TDBInternal.getDatasetGraphTDB(dsg);
        this.nodeTable = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        this.tripleIndexes =
                tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes();
        this.quadIndexes =
                tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        this.triples = new IdTuples(3, orders(tripleIndexes, "SPO"), memoryBytes / (3 * Long.BYTES), tempDir);
        this.quads = new IdTuples(4, orders(quadIndexes, "GSPO"), memoryBytes / (4 * Long.BYTES), tempDir);
        this.prefixes = new PrefixHandlerBulk((StoragePrefixesTDB) tdb.getStoragePrefixes(), output);
    }

    /** For each index, the positions of its columns in a tuple ordered as {@code primary}. */
    private static int[][] orders(TupleIndex[] indexes, String primary) {
        int[][] orders = new int[indexes.length][];
        for (int i = 0; i < indexes.length; i++) {
            String name = indexes[i].getName();
            orders[i] = new int[name.length()];
            for (int c = 0; c < name.length(); c++) {
                orders[i][c] = primary.indexOf(name.charAt(c));
            }
        }
        return orders;
    }

    @Override
    public void startBulk() {
        tdb.getTxnSystem().getTxnMgr().startExclusiveMode();
        exclusive = true;
        super.startBulk();
        prefixes.startBulk();
        worker = new Thread(this::assignIds, "diplokg-load-node-ids");
        worker.start();
    }

    @Override
    public void finishBulk() {
        hand(batch);
        hand(END);
        join();
        if (failure != null) {
            throw new BulkLoaderException("Loading stopped: " + failure.getMessage(), failure);
        }
        prefixes.finishBulk();
        long start = System.nanoTime();
        try (triples;
                quads) {
            triples.finishAdding();
            quads.finishAdding();
            int written = buildIndexes();
            output.print("Indexes: %d written in %.1f s", written, (System.nanoTime() - start) / 1e9);
        }
        super.finishBulk();
        endExclusive();
    }

    @Override
    public void finishException(Exception ex) {
        if (worker != null && worker.isAlive()) {
            failure = failure != null ? failure : ex;
            queue.clear();
            queue.offer(END);
            join();
        }
        triples.close();
        quads.close();
        endExclusive();
    }

    private void endExclusive() {
        if (exclusive) {
            exclusive = false;
            tdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BulkLoaderException("Interrupted while loading", e);
        }
    }

    private record IndexJob(TupleIndex index, IdTuples tuples, int order) {}

    private List<IndexJob> indexesToWrite() {
        List<IndexJob> jobs = new ArrayList<>();
        for (int i = 0; triples.added() > 0 && i < tripleIndexes.length; i++) {
            jobs.add(new IndexJob(tripleIndexes[i], triples, i));
        }
        for (int i = 0; quads.added() > 0 && i < quadIndexes.length; i++) {
            jobs.add(new IndexJob(quadIndexes[i], quads, i));
        }
        return jobs;
    }

    /** Two indexes at a time when there are two processors and room for two sorted copies beside the tuples. */
    private int threads() {
        long bytes = Math.max(triples.added() * 3, quads.added() * 4) * Long.BYTES;
        boolean room = triples.spilled()
                || quads.spilled()
                || 3 * bytes <= Runtime.getRuntime().maxMemory() * 6 / 10;
        return Runtime.getRuntime().availableProcessors() >= 2 && room ? 2 : 1;
    }

    /** Writes every index that has tuples; returns how many. */
    private int buildIndexes() {
        List<IndexJob> jobs = indexesToWrite();
        ExecutorService pool = Executors.newFixedThreadPool(threads(), r -> new Thread(r, "diplokg-load-index"));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (IndexJob job : jobs) {
                done.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    long records;
                    try (TupleCursor cursor = job.tuples().sorted(job.order())) {
                        records = IndexPacking.pack(job.index(), cursor);
                    }
                    output.print(
                            "Index %s: %,d records in %.1f s",
                            job.index().getName(), records, (System.nanoTime() - start) / 1e9);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return jobs.size();
        } catch (ExecutionException e) {
            throw new BulkLoaderException(
                    "Cannot write an index: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BulkLoaderException("Interrupted while writing indexes", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The parser's side: quads in batches to the id thread, which may be blocked by a full queue. */
    private void add(Quad quad) {
        batch.add(quad);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void hand(List<Quad> quads) {
        try {
            while (!queue.offer(quads, 200, TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw new BulkLoaderException("Loading stopped: " + failure.getMessage(), failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BulkLoaderException("Interrupted while loading", e);
        }
    }

    /** The id thread: one write transaction on the node table for the whole load, as in Jena's loaders. */
    private void assignIds() {
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodeTable);
        CoLib.start(coordinator);
        Transaction txn = coordinator.begin(TxnType.WRITE);
        try {
            long[] triple = new long[3];
            long[] quad = new long[4];
            for (List<Quad> block = queue.take(); block != END; block = queue.take()) {
                if (failure != null) {
                    throw new BulkLoaderException("Stopped");
                }
                for (Quad q : block) {
                    if (q.isTriple() || q.isDefaultGraph()) {
                        triple[0] = id(q.getSubject());
                        triple[1] = id(q.getPredicate());
                        triple[2] = id(q.getObject());
                        triples.add(triple);
                        countTriples++;
                    } else {
                        quad[0] = id(q.getGraph());
                        quad[1] = id(q.getSubject());
                        quad[2] = id(q.getPredicate());
                        quad[3] = id(q.getObject());
                        quads.add(quad);
                        countQuads++;
                    }
                }
            }
            if (failure != null) {
                throw new BulkLoaderException("Stopped");
            }
            txn.commit();
        } catch (Throwable e) {
            if (failure == null) {
                failure = e;
            }
            txn.abort();
        } finally {
            txn.end();
        }
    }

    /** The node id as TDB2 stores it (8 bytes, big-endian), sign bit flipped so signed order is the index order. */
    private long id(Node node) {
        NodeId id = nodeTable.getAllocateNodeId(node);
        NodeIdFactory.set(id, idBytes, 0);
        return Bytes.getLong(idBytes, 0) ^ Long.MIN_VALUE;
    }

    @Override
    public StreamRDF streamRDF() {
        return stream;
    }

    @Override
    protected ProgressMonitor createProgressMonitor(MonitorOutput output) {
        return ProgressMonitorOutput.create(output, "<unset>", 1_000_000, 10);
    }

    @Override
    protected boolean bulkUseTransaction() {
        return false;
    }

    @Override
    public long countTriples() {
        return countTriples;
    }

    @Override
    public long countQuads() {
        return countQuads;
    }

    private final class Input extends StreamRDFBase {
        @Override
        public void triple(Triple triple) {
            add(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            add(quad);
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.handler().accept(prefix, iri);
        }
    }
}
