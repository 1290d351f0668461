package org.diplokg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The library's own rules for .rq files and pages, without a server. */
class QueryLibraryTest {

    private static final String HEADER = """
            # title: T
            # title@vi: T
            # description: D
            # example: /api/queries/x
            """;

    @Test
    void everyShippedQueryLoadsAndHasNoSliceOfItsOwn() {
        new QueryLibrary().all().forEach(q -> {
            assertThat(q.query().hasLimit()).as(q.name()).isFalse();
            assertThat(q.query().hasOffset()).as(q.name()).isFalse();
            assertThat(q.query().hasOrderBy()).as(q.name() + ": paging needs a stable order").isTrue();
        });
    }

    @Test
    void aQueryWithItsOwnLimitIsRefused() {
        assertThatThrownBy(() -> QueryLibrary.parse("x", HEADER + "SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 10"))
                .hasMessageContaining("no LIMIT or OFFSET of its own");
        assertThatThrownBy(() -> QueryLibrary.parse("x", HEADER + "SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 10"))
                .hasMessageContaining("no LIMIT or OFFSET of its own");
    }

    @Test
    void pagingParameterNamesAreReserved() {
        for (String name : new String[] {"limit", "offset", "format"}) {
            assertThatThrownBy(() -> QueryLibrary.parse("x", HEADER + "# param: " + name + " integer \"N\" default=5\nSELECT * { ?s ?p ?o } ORDER BY ?s"))
                    .as(name).hasMessageContaining("reserved");
        }
    }

    @Test
    void aPageAsksForOneRowMoreOnACopy() {
        Query original = QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s");
        Query first = LibraryQueryService.page(original, 100, 0);
        assertThat(first.getLimit()).isEqualTo(101);
        assertThat(first.hasOffset()).isFalse();
        Query third = LibraryQueryService.page(original, 100, 200);
        assertThat(third.getLimit()).isEqualTo(101);
        assertThat(third.getOffset()).isEqualTo(200);
        assertThat(original.hasLimit()).isFalse();
        assertThat(original.hasOffset()).isFalse();
    }
}
