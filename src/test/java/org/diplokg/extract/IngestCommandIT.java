package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplokg.support.CliRun;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;

/** The {@code ingest} command on a real TDB2 store in a temporary directory. */
class IngestCommandIT {

    private static CliRun ingest(Path store, String... args) {
        return CliRun.run("ingest", store, args);
    }

    @Test
    void ingestsADirectoryOnceSkipsBadFilesAndReplacesChangedOnes() throws Exception {
        Path store = EmptyStoreServer.tempDir("diplokg-cli-ingest-");
        Path articles = EmptyStoreServer.tempDir("diplokg-cli-articles-");
        Files.copy(ProjectPaths.seeds().resolve("003_331e387f090f2c7c.txt"), articles.resolve("a.txt"));
        Files.copy(ProjectPaths.seeds().resolve("004_f44d8612bcbb61fa.txt"), articles.resolve("b.txt"));
        Files.write(articles.resolve("c.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9, 0, 1});
        Files.writeString(articles.resolve("ignored.pdf"), "not an article");

        CliRun first = ingest(store, "--batch", "2", articles.toString());
        assertThat(first.code()).as(first.err()).isEqualTo(4);
        assertThat(first.out())
                .as(first.err())
                .contains("created   " + articles.resolve("a.txt"))
                .contains("created   " + articles.resolve("b.txt"));
        assertThat(first.out()).contains("no publication date");
        assertThat(first.err())
                .contains("rejected  " + articles.resolve("c.txt"))
                .contains("binary")
                .contains("Ingested 2 of 3");

        Files.delete(articles.resolve("c.txt"));
        Files.writeString(
                articles.resolve("b.txt"),
                Files.readString(articles.resolve("b.txt")) + "\nBổ sung: Nghị quyết số 22-NQ/TW được nhắc lại.\n");
        CliRun second = ingest(store, articles.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out())
                .contains("unchanged " + articles.resolve("a.txt"))
                .contains("replaced  " + articles.resolve("b.txt"));
        assertThat(second.out()
                        .lines()
                        .filter(l -> l.contains("b.txt"))
                        .findFirst()
                        .orElseThrow())
                .contains("2 policyDocuments");
    }

    @Test
    void refusesAMissingPath() {
        CliRun r = ingest(EmptyStoreServer.tempDir("diplokg-cli-missing-"), "/no/such/dir");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("No such file or directory");
    }
}
