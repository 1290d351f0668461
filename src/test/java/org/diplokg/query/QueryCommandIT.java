package org.diplokg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.diplokg.cli.DiploKgMain;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code query --name} pages like the REST API, on a real TDB2 store filled from data/. */
class QueryCommandIT {

    private static final Path STORE = EmptyStoreServer.tempDir("diplokg-cli-query-");

    private record Run(int code, String out, String err) {
    }

    private static Run query(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 5];
            all[0] = "query";
            all[1] = "--store";
            all[2] = STORE.toString();
            all[3] = "--data";
            all[4] = ProjectPaths.project().resolve("data").toString();
            System.arraycopy(args, 0, all, 5, args.length);
            int code = new CommandLine(new DiploKgMain()).execute(all);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void pagesALibraryQueryAndRefusesBadPages() {
        Run whole = query("--name", "relations-establishment", "--format", "csv");
        assertThat(whole.code()).as(whole.err()).isZero();
        String[] all = whole.out().strip().split("\r?\n");
        assertThat(all.length).isGreaterThan(21);
        assertThat(whole.err()).doesNotContain("more rows");

        Run second = query("--name", "relations-establishment", "--format", "csv", "--limit", "10", "--offset", "10");
        assertThat(second.code()).as(second.err()).isZero();
        String[] page = second.out().strip().split("\r?\n");
        assertThat(page).hasSize(11);
        assertThat(page[0]).isEqualTo(all[0]);
        for (int i = 1; i <= 10; i++) {
            assertThat(page[i]).isEqualTo(all[10 + i]);
        }
        assertThat(second.err()).contains("--offset 20 --limit 10");

        Run bad = query("--name", "relations-establishment", "--limit", "0");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'limit' must be an integer from 1 to 10000");

        Run notLibrary = query("--limit", "5", "SELECT * { ?s ?p ?o }");
        assertThat(notLibrary.code()).isEqualTo(2);
        assertThat(notLibrary.err()).contains("--limit and --offset page library queries");
    }
}
