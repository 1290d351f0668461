package org.diplokg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.diplokg.DiploKgApplication;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOutcome;
import org.diplokg.support.GeneratedStore;
import org.diplokg.support.LiveLibrary;
import org.diplokg.support.SelectRows;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application over a store with enough synthetic data for ties, long answers and many subjects (the benchmark
 * generator at about 40 K triples, plus {@code data/}), its derived data current before each test, and the same
 * library without derived data as the reference.
 */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "diplokg.data.load-on-empty=false",
            "diplokg.queries.precompute-interval=1s",
            "logging.level.org.diplokg=WARN"
        })
@DirtiesContext
abstract class GeneratedStoreLibrary {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        GeneratedStore.register(registry, "diplokg-library-", 40_000);
    }

    @Autowired
    LibraryQueryService service;

    @Autowired
    PrecomputedAnswers precomputed;

    @Autowired
    KnowledgeStore store;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void derivedDataCurrent() throws InterruptedException {
        assertThat(precomputed.awaitCurrent(Duration.ofMinutes(2))).isTrue();
    }

    /** The same query without indexes or precomputed answers: it always runs in the store. */
    LibraryQueryService live() {
        return LiveLibrary.of(context);
    }

    static List<List<Node>> rows(LibraryAnswer answer) {
        return SelectRows.table((QueryOutcome.Select) answer.outcome());
    }
}
