package org.diplokg.bulkload;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Which of Jena's TDB2 bulk loaders fills an empty store. {@code auto} picks the parallel loader
 * (five or more threads building indexes at once) only with four or more processors, where it is
 * fastest; on fewer, its threads compete and the phased loader (the {@code tdb2.tdbloader} default) wins.
 */
public enum LoaderKind {
    AUTO,
    PARALLEL,
    PHASED,
    SEQUENTIAL;

    DataLoader create(DatasetGraph dsg, MonitorOutput output) {
        return switch (resolved()) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, output);
            default -> LoaderFactory.phasedLoader(dsg, output);
        };
    }

    /** The concrete loader {@code auto} stands for on this machine. */
    public LoaderKind resolved() {
        if (this != AUTO) {
            return this;
        }
        return Runtime.getRuntime().availableProcessors() >= 4 ? PARALLEL : PHASED;
    }
}
