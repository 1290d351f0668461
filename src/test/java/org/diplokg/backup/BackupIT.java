package org.diplokg.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplokg.cli.DiploKgMain;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.support.DatasetComparison;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import picocli.CommandLine;

/** Backups while serving, restored by the CLI into an empty store: the same quads in the same graphs. */
@TestPropertySource(properties = "diplokg.backup.keep=2")
class BackupIT extends LoopbackServer {

    static final Path BACKUPS = tempDir("diplokg-backups-");

    /** Its own store: the restored copy is compared quad by quad, blank nodes included, with what it holds. */
    static final Path STORE = tempDir("diplokg-backup-store-");

    @DynamicPropertySource
    static void backups(DynamicPropertyRegistry registry) {
        ownEmptyStore(registry, STORE);
        registry.add("diplokg.backup.directory", BACKUPS::toString);
    }

    @Autowired
    KnowledgeStore store;

    @Test
    void aBackupTakenDuringWritesIsConsistentAndRestoresToTheSameQuads() throws Exception {
        assertThat(http.update(
                                "INSERT DATA { <urn:test:d> <urn:test:p> \"default graph\" . GRAPH <urn:test:g1> { <urn:test:a> <urn:test:p> \"x\"@vi } }")
                        .statusCode())
                .isEqualTo(204);
        // a writer that always adds one triple to each of two graphs in one transaction
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger writes = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                int i = writes.incrementAndGet();
                HttpResponse<String> r =
                        http.update("INSERT DATA { GRAPH <urn:test:left> { <urn:test:l" + i + "> <urn:test:p> " + i
                                + " } GRAPH <urn:test:right> { <urn:test:r" + i + "> <urn:test:p> " + i + " } }");
                assertThat(r.statusCode()).isEqualTo(204);
            }
        });
        Thread.sleep(500);
        HttpResponse<String> r = backup(HttpTestClient.TOKEN);
        stop.set(true);
        writer.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String file = r.body().replaceAll(".*\"file\":\"([^\"]+)\".*", "$1");
        long quads = Long.parseLong(r.body().replaceAll(".*\"quads\":(\\d+).*", "$1"));
        DatasetGraph snapshot = read(BACKUPS.resolve(file));
        assertThat(snapshot.stream().count()).isEqualTo(quads);
        assertThat(snapshot.getGraph(org.apache.jena.graph.NodeFactory.createURI("urn:test:left"))
                        .size())
                .as("one read transaction: both graphs of each write, or neither")
                .isEqualTo(snapshot.getGraph(org.apache.jena.graph.NodeFactory.createURI("urn:test:right"))
                        .size());
        // the default graph is kept (other tests sharing this store may have written there too)
        assertThat(snapshot.getDefaultGraph()
                        .contains(
                                org.apache.jena.graph.NodeFactory.createURI("urn:test:d"),
                                org.apache.jena.graph.NodeFactory.createURI("urn:test:p"),
                                org.apache.jena.graph.NodeFactory.createLiteralString("default graph")))
                .isTrue();

        // a quiet backup restores to exactly what the store holds
        HttpResponse<String> quiet = backup(HttpTestClient.TOKEN);
        String quietFile = quiet.body().replaceAll(".*\"file\":\"([^\"]+)\".*", "$1");
        Path restored = tempDir("diplokg-restored-");
        assertThat(cli(
                        "restore",
                        "--store",
                        restored.toString(),
                        BACKUPS.resolve(quietFile).toString()))
                .isZero();
        DatasetGraph live = DatasetGraphFactory.create();
        store.export(org.apache.jena.riot.system.StreamRDFLib.dataset(live));
        DatasetGraph back = TDB2Factory.connectDataset(restored.toString()).asDatasetGraph();
        // the quiet backup's own audit entry is written after its snapshot: compare without the audit graph
        live.removeGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/diplokg/graph/audit"));
        Txn.executeRead(back, () -> {
            DatasetComparison.assertIsomorphicGraphByGraph(
                    back, live, n -> !n.getURI().equals("https://w3id.org/diplokg/graph/audit"));
            assertThat(back.stream()
                            .filter(q -> !q.getGraph().isURI()
                                    || !q.getGraph().getURI().equals("https://w3id.org/diplokg/graph/audit"))
                            .count())
                    .isEqualTo(live.stream().count());
        });
        back.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(back);

        // restoring into a store that is not empty is refused; compaction of the restored store works
        assertThat(cli(
                        "restore",
                        "--store",
                        restored.toString(),
                        BACKUPS.resolve(quietFile).toString()))
                .isEqualTo(1);
        assertThat(cli("compact", "--store", restored.toString())).isZero();

        // retention keeps the newest two
        backup(HttpTestClient.TOKEN);
        try (var files = Files.list(BACKUPS)) {
            assertThat(files.filter(p -> p.toString().endsWith(".nq.gz")).count())
                    .isEqualTo(2);
        }
    }

    @Test
    void aBackupNeedsTheToken() {
        HttpResponse<String> r = backup("wrong");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    HttpResponse<String> backup(String token) {
        return http.send(http.request("/api/admin/backup")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    static int cli(String... args) {
        return new CommandLine(new DiploKgMain()).execute(args);
    }

    static DatasetGraph read(Path file) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        return dsg;
    }
}
