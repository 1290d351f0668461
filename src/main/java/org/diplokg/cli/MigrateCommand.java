package org.diplokg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.RemoteKnowledgeStore;
import org.diplokg.store.StoreMigration;
import org.diplokg.store.StoreProperties;
import org.diplokg.store.TdbKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Moves a dataset between the embedded store and a remote SPARQL engine. The data was validated
 * when it entered the source store, so it is copied as is.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = {
            "Copy the whole dataset from the embedded TDB2 store to a remote SPARQL 1.1 engine, or back,",
            "graph by graph, with progress and a final quad-count check (exit 4 if the counts differ).",
            "Remote credentials: DIPLOKG_STORE_REMOTE_USERNAME / DIPLOKG_STORE_REMOTE_PASSWORD."
        })
public class MigrateCommand implements Callable<Integer> {

    enum Direction {
        to_remote,
        to_embedded
    }

    @Option(
            names = "--store",
            defaultValue = "run/tdb2",
            description = "Embedded TDB2 directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--remote-query-url", required = true, paramLabel = "URL")
    String queryUrl;

    @Option(names = "--remote-update-url", required = true, paramLabel = "URL")
    String updateUrl;

    @Option(
            names = "--direction",
            defaultValue = "to_remote",
            description = "to_remote or to_embedded (default: ${DEFAULT-VALUE})")
    Direction direction;

    @Option(
            names = "--batch-size",
            defaultValue = "50000",
            description = "Triples per remote request (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Override
    public Integer call() {
        var remoteSettings = new StoreProperties.Remote(
                queryUrl,
                updateUrl,
                null,
                System.getenv("DIPLOKG_STORE_REMOTE_USERNAME"),
                System.getenv("DIPLOKG_STORE_REMOTE_PASSWORD"),
                Duration.ofMinutes(5),
                3,
                batchSize);
        try (KnowledgeStore embedded = new TdbKnowledgeStore(store, ChangeValidator.NONE, true);
                KnowledgeStore remote = new RemoteKnowledgeStore(
                        remoteSettings,
                        IriPolicy.DEFAULT_BASE,
                        ChangeValidator.NONE,
                        GraphFactory.createDefaultGraph())) {
            KnowledgeStore source = direction == Direction.to_remote ? embedded : remote;
            KnowledgeStore target = direction == Direction.to_remote ? remote : embedded;
            StoreMigration.Report report = StoreMigration.copy(source, target, System.err::println);
            System.err.printf(
                    "Copied %d graph(s): source %,d quads, target %,d quads — %s%n",
                    report.graphs(),
                    report.sourceQuads(),
                    report.targetQuads(),
                    report.matches() ? "counts match" : "COUNTS DIFFER");
            return report.matches() ? 0 : 4;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }
}
