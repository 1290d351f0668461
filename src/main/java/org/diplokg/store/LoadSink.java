package org.diplokg.store;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a parsed source goes, for both stores: triples to the source's graph (the default graph when it
 * names none), quads to their own; counts as it goes and reports progress every {@link #PROGRESS_EVERY}.
 * One sink, so that embedded and remote loads route a file's statements the same way.
 */
final class LoadSink implements StreamRDF {

    static final int PROGRESS_EVERY = 100_000;

    private final DatasetGraph target;
    private final Node graphName;
    private final AtomicLong count;
    private final LoadProgress progress;

    LoadSink(DatasetGraph target, Node graphName, AtomicLong count, LoadProgress progress) {
        this.target = target;
        this.graphName = graphName == null ? Quad.defaultGraphIRI : graphName;
        this.count = count;
        this.progress = progress;
    }

    /** Parses {@code source} into {@code sink}; a syntax error names the file. */
    static void parse(RdfSource source, StreamRDF sink) {
        try {
            source.parse(sink);
        } catch (RiotException e) {
            throw new StoreException("Cannot parse " + source.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void triple(Triple t) {
        target.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
        tick();
    }

    @Override
    public void quad(Quad q) {
        target.add(q.isTriple() ? new Quad(graphName, q.asTriple()) : q);
        tick();
    }

    private void tick() {
        if (count.incrementAndGet() % PROGRESS_EVERY == 0) {
            progress.loaded(count.get());
        }
    }

    @Override
    public void prefix(String prefix, String iri) {
        target.prefixes().add(prefix, iri);
    }

    @Override
    public void start() {}

    @Override
    public void base(String base) {}

    @Override
    public void version(String version) {}

    @Override
    public void finish() {}
}
