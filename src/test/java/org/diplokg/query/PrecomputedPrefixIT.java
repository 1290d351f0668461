package org.diplokg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.diplokg.DiploKgApplication;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOutcome;
import org.diplokg.support.GeneratedStore;
import org.diplokg.support.SelectRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A precomputed report longer than {@code precompute-max-rows} keeps its first {@code precompute-prefix-rows} rows:
 * pages within them are served from memory, a page reaching past them runs live, and both equal the query run in the
 * store (here with limits of 300 and 120 rows on the benchmark generator's 40 K triples plus {@code data/}).
 */
@SpringBootTest(
        classes = DiploKgApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "diplokg.data.load-on-empty=false",
            "diplokg.queries.precompute-interval=1s",
            "diplokg.queries.precompute-max-rows=300",
            "diplokg.queries.precompute-prefix-rows=120",
            "logging.level.org.diplokg=WARN"
        })
@DirtiesContext
class PrecomputedPrefixIT {

    private static final String REPORT = "single-source-facts";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        GeneratedStore.register(registry, "diplokg-prefix-", 40_000);
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
    void computed() throws InterruptedException {
        assertThat(precomputed.awaitCurrent(Duration.ofMinutes(2))).isTrue();
    }

    @Test
    void aReportLongerThanTheLimitKeepsOnlyItsFirstRows() {
        QueryOutcome.Select kept = precomputed.answer(REPORT, store.version()).orElseThrow();
        assertThat(kept.truncated()).isTrue();
        assertThat(kept.rows()).hasSize(120);
        LibraryAnswer whole = live().answer(REPORT, Map.of("limit", "120"));
        assertThat(SelectRows.table(kept)).isEqualTo(rows(whole));
        assertThat(whole.more()).as("the report is longer than what is kept").isTrue();
    }

    @Test
    void aPageWithinTheKeptRowsIsServedFromThem() {
        Map<String, String> page = Map.of("limit", "50", "offset", "60");
        LibraryAnswer served = service.answer(REPORT, page);
        assertThat(served.precomputed()).isTrue();
        assertSame(served, live().answer(REPORT, page));
    }

    @Test
    void aPageReachingPastTheKeptRowsRunsLive() {
        Map<String, String> page = Map.of("limit", "50", "offset", "100");
        LibraryAnswer answer = service.answer(REPORT, page);
        assertThat(answer.precomputed()).isFalse();
        assertSame(answer, live().answer(REPORT, page));
        assertThat(rows(answer)).hasSize(50);
    }

    @Test
    void aShortReportIsStillKeptWhole() {
        QueryOutcome.Select types =
                precomputed.answer("entities-by-type", store.version()).orElseThrow();
        assertThat(types.truncated()).isFalse();
        assertThat(types.rows()).hasSizeLessThan(300).isNotEmpty();
    }

    private LibraryQueryService live() {
        return LiveLibrary.of(context);
    }

    private static java.util.List<java.util.List<org.apache.jena.graph.Node>> rows(LibraryAnswer answer) {
        return SelectRows.table((QueryOutcome.Select) answer.outcome());
    }

    private static void assertSame(LibraryAnswer a, LibraryAnswer b) {
        assertThat(rows(a)).isEqualTo(rows(b));
        assertThat(a.more()).isEqualTo(b.more());
    }
}
