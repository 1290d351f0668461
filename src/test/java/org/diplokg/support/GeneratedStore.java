package org.diplokg.support;

import java.nio.file.Path;
import org.diplokg.bench.ScaleStore;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A Spring test's store: the benchmark generator's triples plus {@code data/}, built once in a temporary directory. */
public final class GeneratedStore {

    private GeneratedStore() {}

    /** Builds a store of about {@code triples} generated triples plus {@code data/} and points the application at it. */
    public static void register(DynamicPropertyRegistry registry, String prefix, int triples) throws Exception {
        Path dir = EmptyStoreServer.tempDir(prefix);
        Path data = ProjectPaths.project().resolve("data");
        ScaleStore.main(new String[] {dir.toString(), Integer.toString(triples), data.toString()});
        registry.add("diplokg.store.location", () -> dir.resolve("tdb2").toString());
        registry.add("diplokg.data.directory", data::toString);
    }
}
