package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplokg.backup.BackupFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** TDB2 compaction, offline: the server must not have the store open. */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = {
            "Compact a TDB2 store (drop the old versions every write leaves behind) and print the disk size",
            "before and after. Offline: stop the server first (TDB2 lets one process open a store)."
        })
public class CompactCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 database directory (default: run/tdb2)")
    Path store = Path.of("run/tdb2");

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) {
            System.err.println("No such store: " + store);
            return 2;
        }
        try {
            long before = BackupFiles.diskSize(store);
            long start = System.nanoTime();
            BackupFiles.compact(store);
            long after = BackupFiles.diskSize(store);
            System.out.printf(
                    "Compacted %s: %,d bytes before, %,d bytes after (%d ms)%n",
                    store, before, after, (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }
}
