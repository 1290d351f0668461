package org.diplokg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Hands a stream of quads to a writer on a second thread, in batches through a small bounded queue,
 * so that reading the store (decoding node ids, on the caller's thread inside its read transaction)
 * and serialising plus compressing (on the writer thread) overlap. Memory stays constant: at most
 * {@code QUEUE} batches of {@code BATCH} quads are in flight. An exception on the writer thread is
 * rethrown to the caller at the next hand-over or at {@link #finish()}; the caller's failure stops the
 * writer. Prefixes and the rest are passed in order with the quads.
 */
final class PipelinedStreamRDF implements StreamRDF {

    private static final int BATCH = 2048;
    private static final int QUEUE = 8;

    private sealed interface Item {}

    private record Quads(List<Quad> quads) implements Item {}

    private record Prefix(String prefix, String iri) implements Item {}

    private record End() implements Item {}

    private final StreamRDF sink;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread writer;
    private List<Quad> batch = new ArrayList<>(BATCH);

    PipelinedStreamRDF(StreamRDF sink) {
        this.sink = sink;
        this.writer = Thread.ofPlatform().name("diplokg-dump-writer").daemon().unstarted(this::drain);
    }

    private void drain() {
        try {
            while (true) {
                Item item = queue.take();
                switch (item) {
                    case Quads q -> q.quads().forEach(sink::quad);
                    case Prefix p -> sink.prefix(p.prefix(), p.iri());
                    case End e -> {
                        sink.finish();
                        return;
                    }
                }
            }
        } catch (Throwable t) {
            failure.set(t);
            queue.clear();
        }
    }

    @Override
    public void start() {
        sink.start();
        writer.start();
    }

    @Override
    public void quad(Quad quad) {
        batch.add(quad);
        if (batch.size() == BATCH) {
            hand(new Quads(batch));
            batch = new ArrayList<>(BATCH);
        }
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void prefix(String prefix, String iri) {
        flushBatch();
        hand(new Prefix(prefix, iri));
    }

    @Override
    public void base(String base) {}

    @Override
    public void version(String version) {}

    @Override
    public void finish() {
        flushBatch();
        hand(new End());
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new IllegalStateException("Interrupted while the dump was being written", e);
        }
        rethrow();
    }

    /** Stops the writer after a failure on the caller's side (the read ended early). */
    void abort() {
        writer.interrupt();
    }

    private void flushBatch() {
        if (!batch.isEmpty()) {
            hand(new Quads(batch));
            batch = new ArrayList<>(BATCH);
        }
    }

    private void hand(Item item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!writer.isAlive()) {
                    throw new IllegalStateException("The dump writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new IllegalStateException("Interrupted while writing the dump", e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
