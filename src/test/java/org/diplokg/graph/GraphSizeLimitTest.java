package org.diplokg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.sparql.core.Quad;
import org.diplokg.errors.DomainException;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.ontology.OntologyFiles;
import org.diplokg.store.ChangeValidator;
import org.diplokg.store.TdbKnowledgeStore;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store larger than the explorer's limit keeps the heap for queries: no graph in memory, a 503-kind refusal with the
 * figures, and category counts (home page) that equal what the in-memory graph gives.
 */
class GraphSizeLimitTest {

    @TempDir
    static Path dir;

    static TdbKnowledgeStore store;
    static GraphReader reader;

    @BeforeAll
    static void load() {
        store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true);
        store.load(
                RdfFiles.underDirectory(
                        ProjectPaths.project().resolve("data"), new IriPolicy(IriPolicy.DEFAULT_BASE).baseIri()),
                n -> {});
        reader = new GraphReader(store, new CategoryTaxonomy(new OntologyFiles()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void storeSizeCountsEveryQuadOfBothTablesAsAFullScanDoes() {
        long quads = store.size();
        assertThat(quads).isGreaterThan(10_000);
        long[] seen = {0, 0};
        store.export(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                seen[0]++;
            }

            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                seen[1]++;
            }
        });
        assertThat(seen[0] + seen[1]).isEqualTo(quads);
    }

    @Test
    void overTheLimitTheExplorerRefusesWithTheFiguresAndHoldsNoGraph() {
        GraphService limited = new GraphService(store, reader, new GraphProperties(true, 1_000));
        assertThat(limited.fitsInMemory()).isFalse();
        assertThatThrownBy(() -> limited.neighbourhood(
                        "https://w3id.org/diplokg/id/country/VN", 1, null, null, null, null, null, 100))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage())
                            .contains(Long.toString(store.size()))
                            .contains("1000")
                            .contains("diplokg.graph.max-quads");
                });
        assertThatThrownBy(() -> limited.knows("https://w3id.org/diplokg/id/country/VN"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void categoryCountsStreamedOverTheLimitEqualThoseOfTheGraphInMemory() {
        GraphService inMemory = new GraphService(store, reader, new GraphProperties(true, 0));
        GraphService streamed = new GraphService(store, reader, new GraphProperties(true, 1_000));
        assertThat(inMemory.fitsInMemory()).isTrue();
        Map<String, Long> expected = inMemory.categoryCounts();
        assertThat(expected).containsKeys("Country", "Person", "Organization", "Event");
        assertThat(expected.get("Country")).isGreaterThan(100);
        assertThat(streamed.categoryCounts()).isEqualTo(expected);
    }

    @Test
    void theDefaultLimitIsAQuarterOfTheHeapAtAHundredBytesAQuad() {
        assertThat(new GraphProperties(true, 0).quadLimit(2L << 30)).isEqualTo(5_368_709L);
        assertThat(new GraphProperties(true, 42).quadLimit(2L << 30)).isEqualTo(42L);
    }
}
