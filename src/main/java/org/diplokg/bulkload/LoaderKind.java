package org.diplokg.bulkload;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Which loader fills an empty store: ours, which sorts each index and writes it bottom-up ({@link SortingLoader}), or
 * one of Jena's TDB2 bulk loaders, which insert into B+trees (the phased one is the {@code tdb2.tdbloader} default;
 * the parallel one runs five or more threads at once). {@code auto} is the sorting loader.
 */
public enum LoaderKind {
    AUTO,
    SORTED,
    PARALLEL,
    PHASED,
    SEQUENTIAL;

    /** @param runDir where the sorting loader may write sorted runs of a load larger than its share of the heap */
    DataLoader create(DatasetGraph dsg, MonitorOutput output, Path runDir) {
        return switch (resolved()) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, output);
            case PHASED -> LoaderFactory.phasedLoader(dsg, output);
            default -> new SortingLoader(dsg, output, runDir);
        };
    }

    /** The concrete loader {@code auto} stands for. */
    public LoaderKind resolved() {
        return this == AUTO ? SORTED : this;
    }
}
