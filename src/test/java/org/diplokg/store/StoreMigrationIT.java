package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.update.UpdateFactory;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.FusekiProcess;
import org.junit.jupiter.api.Test;

/** migrate: embedded to remote and back reproduces the dataset. */
class StoreMigrationIT {

    private static DatasetGraph dump(KnowledgeStore store) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        store.export(StreamRDFLib.dataset(copy));
        return copy;
    }

    @Test
    void embeddedToRemoteAndBackReproducesTheDataset() {
        try (FusekiProcess fuseki = FusekiProcess.start(null, null);
                TdbKnowledgeStore source =
                        new TdbKnowledgeStore(EmptyStoreServer.tempDir("mig-src-"), ChangeValidator.NONE, true);
                TdbKnowledgeStore back =
                        new TdbKnowledgeStore(EmptyStoreServer.tempDir("mig-back-"), ChangeValidator.NONE, true)) {
            source.update(UpdateFactory.create("""
                    INSERT DATA {
                      <urn:test:d> <urn:test:p> "in the default graph" .
                      GRAPH <urn:test:g1> { <urn:test:a> <urn:test:p> "Việt Nam"@vi , 12 }
                      GRAPH <urn:test:g2> { <urn:test:b> <urn:test:q> <urn:test:a> }
                    }"""), UpdateOptions.NONE);
            var settings = new StoreProperties.Remote(
                    fuseki.queryUrl(), fuseki.updateUrl(), null, null, null, Duration.ofSeconds(30), 1, 2);
            try (RemoteKnowledgeStore remote = new RemoteKnowledgeStore(
                    settings, "https://w3id.org/diplokg/", ChangeValidator.NONE, GraphFactory.createDefaultGraph())) {
                StoreMigration.Report there = StoreMigration.copy(source, remote, s -> {});
                assertThat(there.matches()).isTrue();
                assertThat(there.targetQuads()).isEqualTo(4);
                assertThat(IsoMatcher.isomorphic(dump(source), dump(remote))).isTrue();

                StoreMigration.Report home = StoreMigration.copy(remote, back, s -> {});
                assertThat(home.matches()).isTrue();
                assertThat(IsoMatcher.isomorphic(dump(source), dump(back))).isTrue();
            }
        }
    }
}
