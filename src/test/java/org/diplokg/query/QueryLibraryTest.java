package org.diplokg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.diplokg.query.index.CoParticipationIndex;
import org.diplokg.query.index.EvidenceConfidenceIndex;
import org.diplokg.query.index.FiguresBySubjectIndex;
import org.diplokg.query.index.LibraryIndex;
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
        List<LibraryQuery> all = new QueryLibrary().all();
        assertThat(all).as("shipped library queries").hasSizeGreaterThanOrEqualTo(30);
        all.forEach(q -> {
            assertThat(q.query().hasLimit()).as(q.name()).isFalse();
            assertThat(q.query().hasOffset()).as(q.name()).isFalse();
            assertThat(q.query().hasOrderBy())
                    .as(q.name() + ": paging needs a stable order")
                    .isTrue();
        });
    }

    @Test
    void theIndexedQueriesAreExactlyThoseWithAnIndex() {
        QueryLibrary library = new QueryLibrary();
        assertThat(library.all().stream().filter(LibraryQuery::indexed).map(LibraryQuery::name))
                .containsExactly("figures-for-subject", "low-confidence-facts", "who-met-whom");
        List<LibraryIndex.Builder> builders =
                List.of(new CoParticipationIndex(), new EvidenceConfidenceIndex(), new FiguresBySubjectIndex());
        PrecomputedAnswers.checkIndexes(library, builders);
        assertThatThrownBy(() -> PrecomputedAnswers.checkIndexes(library, builders.subList(0, 2)))
                .hasMessageContaining("figures-for-subject.rq says '# index:' but no index answers it");
        LibraryIndex.Builder unmarked = new CoParticipationIndex() {
            @Override
            public String query() {
                return "busiest-counterparts";
            }
        };
        assertThatThrownBy(() -> PrecomputedAnswers.checkIndexes(library, List.of(unmarked)))
                .hasMessageContaining("busiest-counterparts.rq has an index");
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
            assertThatThrownBy(() -> QueryLibrary.parse(
                            "x",
                            HEADER + "# param: " + name
                                    + " integer \"N\" default=5\nSELECT * { ?s ?p ?o } ORDER BY ?s"))
                    .as(name)
                    .hasMessageContaining("reserved");
        }
    }

    @Test
    void anOptionalParameterLeftOutLeavesItsVariableFree() {
        LibraryQuery q = QueryLibrary.parse("x", HEADER + """
                # param: threshold decimal "T" default=0.7
                # param: source iri "S" optional
                SELECT ?e ?source { ?e <https://w3id.org/diplokg/ontology#source> ?source ; <https://w3id.org/diplokg/ontology#confidence> ?c
                  FILTER(?c < ?threshold) } ORDER BY ?c
                """);
        assertThat(q.parameters().get(1).optional()).isTrue();
        assertThat(q.parameters().get(1).required()).isFalse();
        assertThat(q.parameters().get(0).required()).isFalse();
        LibraryQueryService service = new LibraryQueryService(
                null, null, null, new org.diplokg.ontology.IriPolicy("https://w3id.org/diplokg/"), null, null, null);
        assertThat(service.bind(q, java.util.Map.of())).containsOnlyKeys("threshold");
        assertThat(service.bind(q, java.util.Map.of("source", "https://w3id.org/diplokg/id/article/a"))
                        .get("source")
                        .getURI())
                .isEqualTo("https://w3id.org/diplokg/id/article/a");
        assertThatThrownBy(() -> service.bind(q, java.util.Map.of("source", "not an iri")))
                .hasMessageContaining("'source' must be an absolute IRI");
        assertThat(service.limit(null)).isEqualTo(1000);
        assertThat(service.limit("10000")).isEqualTo(10000);
        assertThat(service.offset(null)).isZero();
    }

    @Test
    void pagesStayUnderTheStoreRowCap() {
        var sparql = new org.diplokg.sparql.SparqlProperties(
                java.time.Duration.ofSeconds(1),
                5,
                org.springframework.util.unit.DataSize.ofMegabytes(1),
                1,
                java.time.Duration.ofSeconds(1),
                "union",
                java.util.List.of(),
                java.util.List.of());
        LibraryQueryService service = new LibraryQueryService(
                null, null, null, new org.diplokg.ontology.IriPolicy("https://w3id.org/diplokg/"), null, sparql, null);
        assertThat(service.maxLimit()).isEqualTo(4);
        assertThat(service.defaultLimit()).isEqualTo(4);
        assertThatThrownBy(() -> service.limit("5")).hasMessageContaining("from 1 to 4");
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
