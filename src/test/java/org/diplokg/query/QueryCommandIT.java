package org.diplokg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.diplokg.support.CliRun;
import org.diplokg.support.EmptyStoreServer;
import org.junit.jupiter.api.Test;

/** {@code query --name} pages like the REST API, on a real TDB2 store filled from data/. */
class QueryCommandIT {

    private static final Path STORE = EmptyStoreServer.tempDir("diplokg-cli-query-");

    private static CliRun query(String... args) {
        return CliRun.run("query", STORE, args);
    }

    @Test
    void pagesALibraryQueryAndRefusesBadPages() {
        CliRun whole = query("--name", "relations-establishment", "--format", "csv");
        assertThat(whole.code()).as(whole.err()).isZero();
        String[] all = whole.out().strip().split("\r?\n");
        assertThat(all.length).isGreaterThan(21);
        assertThat(whole.err()).doesNotContain("more rows");

        CliRun second =
                query("--name", "relations-establishment", "--format", "csv", "--limit", "10", "--offset", "10");
        assertThat(second.code()).as(second.err()).isZero();
        String[] page = second.out().strip().split("\r?\n");
        assertThat(page).hasSize(11);
        assertThat(page[0]).isEqualTo(all[0]);
        for (int i = 1; i <= 10; i++) {
            assertThat(page[i]).isEqualTo(all[10 + i]);
        }
        assertThat(second.err()).contains("--offset 20 --limit 10");

        CliRun bad = query("--name", "relations-establishment", "--limit", "0");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'limit' must be an integer from 1 to 10000");

        CliRun notLibrary = query("--limit", "5", "SELECT * { ?s ?p ?o }");
        assertThat(notLibrary.code()).isEqualTo(2);
        assertThat(notLibrary.err()).contains("--limit and --offset page library queries");
    }
}
