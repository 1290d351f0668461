package org.diplokg.bulkload;

import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.solver.stats.StatsCollector;

/**
 * Applies the store's file conventions on the way to the loader: triples (and default-graph quads)
 * go to the file's graph, quads keep theirs, as in {@code TdbKnowledgeStore.load}. On the way it also
 * offers subjects to the validation sample and counts quads for the optimiser's statistics.
 */
final class GraphAssigningStream extends StreamRDFWrapper {

    private static final long PROGRESS_EVERY = 500_000;

    private final Node graphName;
    private final SampledSubjects sample;
    private final LongConsumer progress;
    private final StatsCollector stats;
    private long count;

    /** {@code stats} counts every quad as it passes, so the statistics file needs no second pass over the store. */
    GraphAssigningStream(
            StreamRDF loader, Node graphName, SampledSubjects sample, StatsCollector stats, LongConsumer progress) {
        super(loader);
        this.stats = stats;
        this.progress = progress;
        this.graphName = graphName == null ? Quad.defaultGraphIRI : graphName;
        this.sample = sample;
    }

    @Override
    public void triple(Triple t) {
        sample.offer(t.getSubject());
        stats.record(null, t.getSubject(), t.getPredicate(), t.getObject());
        super.quad(Quad.create(graphName, t));
        tick();
    }

    @Override
    public void quad(Quad q) {
        sample.offer(q.getSubject());
        stats.record(null, q.getSubject(), q.getPredicate(), q.getObject());
        super.quad(q.isTriple() || q.isDefaultGraph() ? Quad.create(graphName, q.asTriple()) : q);
        tick();
    }

    private void tick() {
        if (++count % PROGRESS_EVERY == 0) {
            progress.accept(count);
        }
    }
}
