package org.diplokg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.diplokg.store.QueryOutcome;
import org.diplokg.support.SelectRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.TestPropertySource;

/**
 * A precomputed report longer than {@code precompute-max-rows} keeps its first {@code precompute-prefix-rows} rows:
 * pages within them are served from memory, a page reaching past them runs live, and both equal the query run in the
 * store (here with limits of 300 and 120 rows on the benchmark generator's 40 K triples plus {@code data/}).
 */
@TestPropertySource(
        properties = {"diplokg.queries.precompute-max-rows=300", "diplokg.queries.precompute-prefix-rows=120"})
class PrecomputedPrefixIT extends GeneratedStoreLibrary {

    private static final String REPORT = "single-source-facts";

    @Test
    void aReportLongerThanTheLimitKeepsOnlyItsFirstRows() {
        QueryOutcome.Select kept = precomputed.answer(REPORT, store.version()).orElseThrow();
        assertThat(kept.truncated()).isTrue();
        assertThat(kept.rows()).hasSize(120);
        LibraryAnswer whole = live().answer(REPORT, Map.of("limit", "120"));
        assertThat(SelectRows.table(kept)).isEqualTo(rows(whole));
        assertThat(whole.more()).as("the report is longer than what is kept").isTrue();
    }

    /** Rows 60–109 lie within the 120 kept; rows 100–149 reach past them. */
    @ParameterizedTest(name = "offset {0}: served from the kept rows {1}")
    @CsvSource({"60, true", "100, false"})
    void aPageIsServedFromTheKeptRowsOnlyWhenItEndsWithinThem(int offset, boolean fromKeptRows) {
        Map<String, String> page = Map.of("limit", "50", "offset", Integer.toString(offset));
        LibraryAnswer answer = service.answer(REPORT, page);
        assertThat(answer.precomputed()).isEqualTo(fromKeptRows);
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

    private static void assertSame(LibraryAnswer a, LibraryAnswer b) {
        assertThat(rows(a)).isEqualTo(rows(b));
        assertThat(a.more()).isEqualTo(b.more());
    }
}
