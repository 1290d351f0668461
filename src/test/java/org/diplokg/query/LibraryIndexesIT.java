package org.diplokg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.diplokg.sparql.QueryService;
import org.diplokg.sparql.UpdateService;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.UpdateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The library indexes answer exactly what their queries answer in the store, page for page, on a store
 * with enough synthetic data for ties, long answers and many subjects (the benchmark generator at about
 * 40 K triples, plus {@code data/}); and after a write they are not used until rebuilt for the new version.
 */
class LibraryIndexesIT extends GeneratedStoreLibrary {

    private static final String ID = "https://w3id.org/diplokg/id/";

    @Autowired
    QueryService queries;

    @Autowired
    UpdateService updates;

    private static Map<String, String> params(String query) {
        Map<String, String> raw = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String kv : query.split("&")) {
                raw.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        return raw;
    }

    private static void assertSameAnswer(String what, LibraryAnswer fromIndex, LibraryAnswer fromStore) {
        assertThat(((QueryOutcome.Select) fromIndex.outcome()).variables())
                .as(what)
                .isEqualTo(((QueryOutcome.Select) fromStore.outcome()).variables());
        assertThat(rows(fromIndex)).as(what).isEqualTo(rows(fromStore));
        assertThat(fromIndex.more()).as(what + " more").isEqualTo(fromStore.more());
    }

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "who-met-whom||true",
                "who-met-whom|from=2024-01-01&to=2024-12-31|true",
                "who-met-whom|from=2024-08-01&to=2024-08-31|true",
                "who-met-whom|limit=7&offset=5|true",
                "who-met-whom|from=2030-01-01&to=2020-01-01|false",
                "who-met-whom|offset=1000000|false",
                "low-confidence-facts||true",
                "low-confidence-facts|threshold=0.55|true",
                "low-confidence-facts|threshold=0.6&limit=10&offset=20|true",
                "low-confidence-facts|threshold=0.5|false",
                "low-confidence-facts|threshold=1|true",
                "figures-for-subject||true",
                "figures-for-subject|subject=" + ID + "country/US|true",
                "figures-for-subject|subject=" + ID + "org/vn-ministry-of-foreign-affairs&limit=3&offset=4|true",
                "figures-for-subject|subject=" + ID + "person/nobody|false"
            })
    void indexAnswersEqualTheQueryRunInTheStore(String name, String query, boolean rowsExpected) {
        LibraryAnswer fromIndex = service.answer(name, params(query));
        LibraryAnswer fromStore = live().answer(name, params(query));
        assertThat(fromIndex.precomputed()).as("answered by the index").isTrue();
        assertThat(fromStore.precomputed()).isFalse();
        assertSameAnswer(name + "?" + query, fromIndex, fromStore);
        assertThat(rows(fromStore).isEmpty())
                .as("rows in " + name + "?" + query)
                .isEqualTo(!rowsExpected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"who-met-whom|", "low-confidence-facts|threshold=0.62", "figures-for-subject|"})
    void everyPageOfTheIndexEqualsThatPageInTheStore(String name, String query) {
        int pages = 0;
        boolean more = true;
        for (long offset = 0; more; offset += 37, pages++) {
            Map<String, String> raw = params(query);
            raw.put("limit", "37");
            raw.put("offset", Long.toString(offset));
            LibraryAnswer fromIndex = service.answer(name, raw);
            assertThat(fromIndex.precomputed()).isTrue();
            assertSameAnswer(name + " page " + pages, fromIndex, live().answer(name, raw));
            more = fromIndex.more();
        }
        assertThat(pages).as(name + " pages").isGreaterThan(3);
    }

    @Test
    void aSourceIsAnsweredByTheStore() {
        Map<String, String> raw = params("source=" + ID + "article/5e0000000000002a");
        LibraryAnswer answer = service.answer("low-confidence-facts", raw);
        assertThat(answer.precomputed()).isFalse();
        assertSameAnswer("with a source", answer, live().answer("low-confidence-facts", raw));
    }

    @Test
    void aWriteIsSeenAtOnceAndTheIndexIsPatchedForIt() throws InterruptedException {
        String before = store.version();
        updates.execute(updates.parse("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/test-index-write> {
                  <https://w3id.org/diplokg/id/person/zz-test-a> a dk:Person ; rdfs:label "Zz Test A"@vi .
                  <https://w3id.org/diplokg/id/person/zz-test-b> a dk:Person ; rdfs:label "Zz Test B"@vi .
                  <https://w3id.org/diplokg/id/event/zz-test-1> dk:date "2031-05-01" ;
                      dk:participant <https://w3id.org/diplokg/id/person/zz-test-a>, <https://w3id.org/diplokg/id/person/zz-test-b> .
                } }""", null), UpdateOptions.NONE);
        assertThat(store.version()).isNotEqualTo(before);
        // at once: live, or from an index already patched for this version; never from the old index, which lacks the
        // pair
        Map<String, String> period = params("from=2031-01-01&to=2031-12-31");
        LibraryAnswer right = service.answer("who-met-whom", period);
        assertThat(rows(right)).hasSize(1);
        assertThat(rows(right).getFirst().get(0).getURI()).endsWith("zz-test-a");
        assertThat(precomputed.awaitCurrent(Duration.ofMinutes(2))).isTrue();
        LibraryAnswer rebuilt =
                service.answer("who-met-whom", Map.of("from", "2031-01-01", "to", "2031-12-31", "limit", "5"));
        assertThat(rebuilt.precomputed()).isTrue();
        assertSameAnswer(
                "after the write",
                rebuilt,
                live().answer("who-met-whom", Map.of("from", "2031-01-01", "to", "2031-12-31", "limit", "5")));
        assertThat(rows(rebuilt)).isEqualTo(rows(right));
        assertThat(precomputed.indexPatched("who-met-whom"))
                .as("patched, not rebuilt")
                .isTrue();
    }

    private Node first(String select) {
        QueryOutcome.Select s = (QueryOutcome.Select) queries.execute(queries.parse(select), List.of(), List.of());
        assertThat(s.rows()).as(select).isNotEmpty();
        return s.rows().getFirst().get(s.variables().getFirst());
    }

    private void update(String text) {
        updates.execute(
                updates.parse("PREFIX dk: <https://w3id.org/diplokg/ontology#>\n" + text, null), UpdateOptions.NONE);
    }

    /** After each kind of write the three indexes are patched, and still answer exactly as the store does. */
    @Test
    void patchedIndexesAnswerAsTheStoreAfterEveryKindOfWrite() throws InterruptedException {
        String dk = "PREFIX dk: <https://w3id.org/diplokg/ontology#> ";
        Node event = first(dk + "SELECT ?e WHERE { ?e dk:participant ?p ; dk:date ?d . ?p a dk:Person } ORDER BY ?e");
        Node person = first(
                dk + "SELECT ?p WHERE { <" + event.getURI() + "> dk:participant ?p . ?p a dk:Person } ORDER BY ?p");
        // evidence nodes are blank: written through their fact
        Node fact =
                first(dk + "SELECT ?f WHERE { ?f dk:evidence ?e . ?e dk:confidence ?c ; dk:source ?s } ORDER BY ?f");
        Node figure = first(dk + "SELECT ?f WHERE { ?f a dk:ReportedFigure ; dk:aboutEntity <" + ID
                + "org/vn-ministry-of-foreign-affairs> } ORDER BY ?f");
        Node otherPerson =
                first(dk + "SELECT ?p WHERE { ?e dk:participant ?p ; dk:date ?d . GRAPH ?g { ?p a dk:Person ;"
                        + " <http://www.w3.org/2000/01/rdf-schema#label> ?l } FILTER NOT EXISTS { GRAPH ?g2 { ?p a dk:Person }"
                        + " FILTER(?g2 != ?g) } } ORDER BY DESC(?p)");
        Node graph = first(dk
                + "SELECT ?g WHERE { GRAPH ?g { ?f a dk:ReportedFigure ; dk:aboutEntity ?x . ?e dk:participant ?p }"
                // dropping it must not leave a person typed elsewhere without a name (SHACL would refuse the drop)
                + " FILTER NOT EXISTS { GRAPH ?g { ?q <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
                + " GRAPH ?h { ?q a dk:Person } FILTER(?h != ?g)"
                + " FILTER NOT EXISTS { GRAPH ?h2 { ?q <http://www.w3.org/2000/01/rdf-schema#label> ?l2 } FILTER(?h2 != ?g) } } }"
                + " ORDER BY ?g");
        List<String> writes = List.of(
                "DELETE WHERE { GRAPH ?g { <" + event.getURI() + "> dk:participant <" + person.getURI() + "> } }",
                "DELETE WHERE { GRAPH ?g { <" + event.getURI() + "> dk:date ?d } } ;"
                        + " INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/test-patch> { <" + event.getURI()
                        + "> dk:date \"2024-02-29\"^^<http://www.w3.org/2001/XMLSchema#date> } }",
                "DELETE { GRAPH ?g { ?e dk:confidence ?c } } INSERT { GRAPH ?g { ?e dk:confidence 0.501 } }"
                        + " WHERE { GRAPH ?g0 { <" + fact.getURI()
                        + "> dk:evidence ?e } GRAPH ?g { ?e dk:confidence ?c } }",
                "DELETE WHERE { GRAPH ?g { <" + fact.getURI() + "> dk:evidence ?e } }",
                "DELETE WHERE { GRAPH ?g { <" + figure.getURI() + "> dk:aboutEntity ?s } } ;"
                        + " INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/test-patch> { <" + figure.getURI()
                        + "> dk:aboutEntity <" + ID + "country/US> } }",
                "DROP GRAPH <" + graph.getURI() + ">",
                // a participant that is not (yet) a person, then its type alone: only a lookup finds its event
                "INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/test-patch> { <" + event.getURI()
                        + "> dk:participant <" + ID + "person/zz-patch> ." + " <" + ID
                        + "person/zz-patch> a <http://www.w3.org/ns/prov#Agent> ; <http://www.w3.org/2000/01/rdf-schema#label> \"Zz Patch\"@vi } }",
                "INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/test-patch> { <" + ID
                        + "person/zz-patch> a dk:Person } }",
                // a person who stops being one (still an agent): the events that paired them change
                "DELETE { GRAPH ?g { <" + otherPerson.getURI() + "> a dk:Person } } INSERT { GRAPH ?g { <"
                        + otherPerson.getURI() + "> a <http://www.w3.org/ns/prov#Agent> } } WHERE { GRAPH ?g { <"
                        + otherPerson.getURI() + "> a dk:Person } }");
        List<String> questions = List.of(
                "who-met-whom|limit=10000",
                "who-met-whom|from=2024-01-01&to=2024-12-31&limit=10000",
                "low-confidence-facts|limit=10000",
                "low-confidence-facts|threshold=0.6&limit=10000",
                "figures-for-subject|limit=10000",
                "figures-for-subject|subject=" + ID + "country/US&limit=10000");
        for (String write : writes) {
            String before = store.version();
            update(write);
            assertThat(store.version()).as(write).isNotEqualTo(before);
            assertThat(store.changesSince(before).orElseThrow().subjects())
                    .as("what " + write + " touched")
                    .isNotEmpty();
            assertThat(precomputed.awaitCurrent(Duration.ofMinutes(2))).isTrue();
            for (String question : questions) {
                String name = question.substring(0, question.indexOf('|'));
                Map<String, String> raw = params(question.substring(question.indexOf('|') + 1));
                LibraryAnswer fromIndex = service.answer(name, raw);
                assertThat(fromIndex.precomputed())
                        .as(question + " after " + write)
                        .isTrue();
                assertThat(precomputed.indexPatched(name))
                        .as(name + " patched after " + write)
                        .isTrue();
                assertSameAnswer(question + " after " + write, fromIndex, live().answer(name, raw));
            }
        }
    }
}
