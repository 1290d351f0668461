package org.diplokg.support;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.generate.SyntheticGraphWriter;
import org.diplokg.store.RdfSource;

/** A synthetic graph written to a gzipped N-Quads file (reusing the project's data/) and read back into memory. */
public final class GeneratedGraphs {

    private GeneratedGraphs() {}

    public static DatasetGraph generate(Path file, long triples, long seed) throws IOException {
        SyntheticGraphWriter.write(file, triples, seed, ProjectPaths.project().resolve("data"), n -> {});
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        new RdfSource(file, Lang.NQUADS, null).parse(dsg);
        return dsg;
    }

    /**
     * A copy whose default graph also holds every named graph's triples: plain ARQ's reference for the embedded store
     * with its union default graph.
     */
    public static DatasetGraph withUnionDefault(DatasetGraph generated) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        generated.find().forEachRemaining(q -> {
            copy.add(q);
            copy.getDefaultGraph().add(q.asTriple());
        });
        return copy;
    }
}
