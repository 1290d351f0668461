package org.diplokg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.support.GeneratedGraphs;

/**
 * A real TDB2 store of generated quads and, as the reference an engine change is checked against, the same quads in
 * memory for plain ARQ, with the union of the named graphs as the default graph.
 */
record GeneratedTdbStore(TdbKnowledgeStore store, DatasetGraph reference) implements AutoCloseable {

    static GeneratedTdbStore load(Path dir, int triples, long seed) throws Exception {
        Path file = dir.resolve("g.nq.gz");
        DatasetGraph generated = GeneratedGraphs.generate(file, triples, seed);
        TdbKnowledgeStore store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true);
        store.load(List.of(new RdfSource(file, Lang.NQUADS, null)), LoadProgress.NONE);
        return new GeneratedTdbStore(store, GeneratedGraphs.withUnionDefault(generated));
    }

    @Override
    public void close() {
        store.close();
    }
}
