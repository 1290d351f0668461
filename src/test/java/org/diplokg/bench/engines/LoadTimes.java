package org.diplokg.bench.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Load times recorded by {@code bench/engines.sh}: one tab-separated line per engine and step (wall and CPU s). */
final class LoadTimes {

    /** One timed load step, e.g. Virtuoso's named graphs or its union graph. */
    record Load(String engine, String step, double wallSeconds, double cpuSeconds) {}

    private LoadTimes() {}

    static List<Load> read(Path tsv) throws IOException {
        if (!Files.exists(tsv)) {
            return List.of();
        }
        return Files.readAllLines(tsv).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t"))
                .map(f -> new Load(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])))
                .toList();
    }
}
