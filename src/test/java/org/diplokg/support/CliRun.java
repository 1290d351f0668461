package org.diplokg.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.cli.DiploKgMain;
import picocli.CommandLine;

/**
 * One run of a CLI subcommand in this JVM against a store directory, with the project's data/
 * as the data directory, capturing its exit code and both output streams as the user sees them.
 */
public record CliRun(int code, String out, String err) {

    public static CliRun run(String command, Path store, String... args) {
        List<String> all = new ArrayList<>(List.of(
                command,
                "--store",
                store.toString(),
                "--data",
                ProjectPaths.project().resolve("data").toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** A subcommand with exactly these arguments (no store or data directory added). */
    public static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new DiploKgMain()).execute(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
