package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplokg.backup.BackupFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Restores a backup snapshot into an empty store. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore a backup (gzip N-Quads from POST /api/admin/backup) into an empty TDB2 store,",
            "in one transaction: the same quads in the same graphs. A store that is not empty is refused."
        })
public class RestoreCommand implements Callable<Integer> {

    @Option(
            names = "--store",
            paramLabel = "DIR",
            required = true,
            description = "TDB2 database directory (must be empty or absent)")
    Path store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot, diplokg-<time>.nq.gz")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file);
            return 2;
        }
        try {
            long start = System.nanoTime();
            long quads = BackupFiles.restore(store, file);
            System.err.printf(
                    "Restored %,d quads from %s into %s in %d ms%n",
                    quads, file, store, (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }
}
