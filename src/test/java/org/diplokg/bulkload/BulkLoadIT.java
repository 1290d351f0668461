package org.diplokg.bulkload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.TdbKnowledgeStore;
import org.diplokg.support.CliRun;
import org.diplokg.support.GeneratedGraphs;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} through the CLI: gzipped files, the bulk path into an empty store, refusal, and extending a populated store. */
class BulkLoadIT {

    private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI("https://w3id.org/diplokg/graph/ontology");

    @TempDir
    Path dir;

    private final Path data = ProjectPaths.project().resolve("data");

    @Test
    void gzippedNQuadsAndDataFillAnEmptyStoreValidatedWithStatisticsThenAPopulatedStoreIsExtended() throws IOException {
        Path file = dir.resolve("synthetic.nq.gz");
        DatasetGraph expected = GeneratedGraphs.generate(file, 3_000, 5);
        long fileQuads = expected.stream().count();
        Path store = dir.resolve("tdb2");

        CliRun bulk = CliRun.run("load", store, file.toString(), data.toString());

        assertThat(bulk.code()).as(bulk.err()).isZero();
        assertThat(bulk.err())
                .contains("bulk load with the")
                .contains("quads/s")
                .contains("validation (full)");
        assertThat(Files.exists(store.resolve("Data-0001/stats.opt"))).isTrue();
        long afterBulk;
        try (TdbKnowledgeStore tdb = new TdbKnowledgeStore(store, ChangeValidator.NONE, true)) {
            afterBulk = tdb.size();
            assertThat(afterBulk).isGreaterThan(fileQuads + 1_000);
            assertThat(tdb.graph(ONTOLOGY_GRAPH)).isPresent();
            assertThat(tdb.graphNames()).containsAll(() -> expected.listGraphNodes());
        }

        Path more = dir.resolve("more.ttl.gz");
        gzip(more, """
                @prefix dk: <https://w3id.org/diplokg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/diplokg/id/person/bulk-test> a dk:Person ; rdfs:label "Bulk Test"@en .
                """);
        CliRun extend = CliRun.run("load", store, more.toString());

        assertThat(extend.code()).as(extend.err()).isZero();
        try (TdbKnowledgeStore tdb = new TdbKnowledgeStore(store, ChangeValidator.NONE, true)) {
            assertThat(tdb.graph(NodeFactory.createURI("https://w3id.org/diplokg/graph/more")))
                    .get()
                    .satisfies(g -> assertThat(g.size()).isEqualTo(2));
            assertThat(tdb.size()).isGreaterThanOrEqualTo(afterBulk + 2);
        }
    }

    @Test
    void bulkLoadViolatingTheShapesIsRefusedAndLeavesTheStoreEmpty() throws IOException {
        Path bad = invalidGzipped();
        Path store = dir.resolve("tdb2");

        CliRun run = CliRun.run("load", store, bad.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("accreditedTo");
        assertThat(BulkLoader.isEmptyStore(store)).isTrue();
    }

    @Test
    void validationOffKeepsWhatFullWouldRefuse() throws IOException {
        Path bad = invalidGzipped();
        Path store = dir.resolve("tdb2");

        CliRun run = CliRun.run("load", store, "--validate=off", "--loader=sequential", bad.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(BulkLoader.isEmptyStore(store)).isFalse();
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A gzipped Turtle file that violates the shapes (an accreditation to a person). */
    private Path invalidGzipped() throws IOException {
        Path bad = dir.resolve("bad.ttl.gz");
        gzip(
                bad,
                Files.readString(
                        ProjectPaths.project().resolve("ontology/examples/invalid/accreditation-to-person.ttl")));
        return bad;
    }
}
