package org.diplokg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Review round trips on a real server and store: each decision is asserted in the graph afterwards (the PROV
 * activity in the review graph, the verified flag, the rejected mark, the corrected claim), and a rejected claim
 * stays rejected and out of the queue when its article is ingested again.
 */
class ReviewIT extends ReviewServer {

    /** Written for these tests: a talk on 14/5, a partnership, a relation dated by year only and a figure. */
    static final String ARTICLE = """
            Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Australia

            15/05/2024 10:00

            Sáng ngày %s/5, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Australia Penny Wong.
            Hai bên vui mừng nhận thấy quan hệ Đối tác chiến lược toàn diện Việt Nam - Australia phát triển tốt đẹp.
            Việt Nam và Australia thiết lập quan hệ ngoại giao năm 1973.
            Năm 2023, kim ngạch thương mại hai chiều đạt 14,6 tỷ USD.
            """;

    static final String REVIEW = BASE + "graph/review";

    private List<JsonNode> items(String status, String graph) {
        List<JsonNode> out = new ArrayList<>();
        getJson("/api/review?status=" + status + "&limit=500").get("items").forEach(i -> {
            if (i.get("graph").asString().equals(graph)) {
                out.add(i);
            }
        });
        return out;
    }

    /** Ingests the test article dated on the 14th under {@code url}; answers its graph. */
    private String ingestDay14(String url) {
        return ingest(url, ARTICLE.formatted("14")).get("graph").asString();
    }

    /** Alice's decision on item {@code id}; asserts it was recorded with {@code status}. */
    private void decideAsAlice(String id, String body, String status) {
        HttpResponse<String> r = post("/api/review/" + id, ALICE, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("status").asString()).isEqualTo(status);
    }

    private JsonNode item(String status, String graph, String factPrefix) {
        return items(status, graph).stream()
                .filter(i -> i.get("fact").asString().startsWith(BASE + factPrefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + status + " item " + factPrefix + " in " + graph));
    }

    /** An open item with the two things a decision test works with: the item's id and the fact it is about. */
    private record Claim(JsonNode item, String id, String fact) {}

    private Claim openClaim(String graph, String factPrefix) {
        JsonNode item = item("open", graph, factPrefix);
        return new Claim(item, item.get("id").asString(), item.get("fact").asString());
    }

    @Test
    void queueOffersLowConfidenceAndConflictingClaimsWithTheirSentenceAndSpan() {
        String graph = ingestDay14("https://example.org/review/queue");
        JsonNode figure = item("open", graph, "id/figure/");
        assertThat(figure.get("reasons").toString()).contains("low-confidence");
        assertThat(figure.get("confidence").asString()).isEqualTo("0.8");
        assertThat(figure.get("evidence").get("text").asString()).isEqualTo("14,6 tỷ USD");
        assertThat(figure.get("evidence").get("before").asString()).endsWith("hai chiều đạt ");
        assertThat(figure.get("evidence").get("after").asString()).isEqualTo(".");
        JsonNode relation = item("open", graph, "id/relation/VN-AU");
        assertThat(relation.get("reasons").toString()).contains("conflict");
        assertThat(relation.get("property").asString()).isEqualTo("https://w3id.org/diplokg/ontology#establishedOn");
        assertThat(relation.get("value").asString()).isEqualTo("1973");
        assertThat(relation.get("others").toString()).contains("1973-02-26");

        HttpResponse<String> bad = http.get("/api/review?status=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(http.get("/api/review?limit=0").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/review/0000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void acceptRecordsAProvActivityAndMarksTheFactVerified() {
        String graph = ingestDay14("https://example.org/review/accept");
        Claim figure = openClaim(graph, "id/figure/");
        assertThat(post("/api/review/" + figure.id(), null, "{\"action\":\"accept\"}")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> robot = post("/api/review/" + figure.id(), ROBOT, "{\"action\":\"accept\"}");
        assertThat(robot.statusCode()).isEqualTo(403);
        assertThat(robot.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(post("/api/review/" + figure.id(), ALICE, "{\"action\":\"approve\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(ask("ASK { ?d dk:reviewedFact <" + figure.fact() + "> }")).isFalse();

        decideAsAlice(
                figure.id(),
                "{\"action\":\"accept\",\"comment\":\"checked against the ministry's figure\"}",
                "accepted");
        assertThat(ask("""
                ASK { GRAPH <%s> { ?d a dk:ReviewDecision ; dk:reviewItem "%s" ; dk:reviewedFact <%s> ; dk:reviewedGraph <%s> ;
                  dk:decision dk:Accepted ; prov:endedAtTime ?t ; rdfs:comment "checked against the ministry's figure" ;
                  prov:wasAssociatedWith ?who . ?who a prov:Agent ; rdfs:label "alice" .
                  <%s> dk:verified true } }""".formatted(REVIEW, figure.id(), figure.fact(), graph, figure.fact())))
                .isTrue();
        assertThat(items("open", graph)).noneMatch(i -> i.get("id").asString().equals(figure.id()));
        assertThat(item("accepted", graph, "id/figure/")
                        .get("decision")
                        .get("who")
                        .asString())
                .isEqualTo("alice");

        HttpResponse<String> again = post("/api/review/" + figure.id(), ALICE, "{\"action\":\"reject\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ask("ASK { GRAPH <" + REVIEW + "> { ?d dk:reviewedFact <" + figure.fact()
                        + "> ; dk:decision dk:Rejected } }"))
                .isFalse();

        String verified = http.get("/api/queries/low-confidence-facts?threshold=0.9&verified=true")
                .body();
        assertThat(verified).contains(figure.fact());
        String notVerified = http.get("/api/queries/low-confidence-facts?threshold=0.9&verified=false")
                .body();
        assertThat(notVerified).doesNotContain(figure.fact()).contains("/id/event/");
        assertThat(http.get("/api/queries/low-confidence-facts?threshold=0.9&verified=maybe")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void rejectKeepsTheClaimMarkedAndReingestionDoesNotOfferItAgain() {
        String url = "https://example.org/review/reject";
        JsonNode first = ingest(url, ARTICLE.formatted("16"));
        String graph = first.get("graph").asString();
        Claim event = openClaim(graph, "id/event/2024-05-16-");
        HttpResponse<String> r =
                post("/api/review/" + event.id(), ALICE, "{\"action\":\"reject\",\"comment\":\"a call, not talks\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(ask("ASK { GRAPH <%s> { <%s> dk:evidence ?e . ?e dk:reviewStatus dk:Rejected } }"
                        .formatted(graph, event.fact())))
                .isTrue();
        assertThat(ask(
                        "ASK { GRAPH <%s> { ?d dk:reviewedFact <%s> ; dk:reviewedGraph <%s> ; dk:decision dk:Rejected ; rdfs:comment ?c } }"
                                .formatted(REVIEW, event.fact(), graph)))
                .isTrue();
        assertThat(ask("ASK { GRAPH <%s> { <%s> dk:verified ?v } }".formatted(REVIEW, event.fact())))
                .isFalse();

        // a new version of the same article (one more sentence): its graph is replaced, the claim comes back and stays
        // rejected
        JsonNode second = ingest(url, ARTICLE.formatted("16") + "Hai bên nhất trí tăng cường hợp tác giáo dục.\n");
        assertThat(second.get("status").asString()).isEqualTo("replaced");
        assertThat(second.get("graph").asString()).isEqualTo(graph);
        assertThat(second.get("article").asString())
                .isNotEqualTo(first.get("article").asString());
        assertThat(ask("ASK { GRAPH <%s> { <%s> dk:evidence ?e . ?e dk:source <%s> ; dk:reviewStatus dk:Rejected } }"
                        .formatted(graph, event.fact(), second.get("article").asString())))
                .isTrue();
        assertThat(items("open", graph)).noneMatch(i -> i.get("id").asString().equals(event.id()));
        assertThat(item("rejected", graph, "id/event/2024-05-16-").get("id").asString())
                .isEqualTo(event.id());
        // the other claims of the article are still open
        assertThat(items("open", graph)).anyMatch(i -> i.get("fact").asString().contains("/id/figure/"));
    }

    @Test
    void correctionIsANewClaimCitingTheReviewerAndTheOriginalEvidence() {
        JsonNode report = ingest("https://example.org/review/correct", ARTICLE.formatted("14"));
        String graph = report.get("graph").asString();
        Claim relation = openClaim(graph, "id/relation/VN-AU");
        HttpResponse<String> invalid =
                post("/api/review/" + relation.id(), ALICE, "{\"action\":\"correct\",\"value\":\"26 February\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("gYear");
        assertThat(post("/api/review/" + relation.id(), ALICE, "{\"action\":\"correct\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(item("open", graph, "id/relation/VN-AU").get("id").asString())
                .isEqualTo(relation.id());

        decideAsAlice(
                relation.id(),
                "{\"action\":\"correct\",\"value\":\"1973-02-26\",\"comment\":\"full date\"}",
                "corrected");
        int start = relation.item().get("evidence").get("start").asInt();
        int end = relation.item().get("evidence").get("end").asInt();
        assertThat(ask("""
                ASK { GRAPH <%s> {
                  ?d a dk:ReviewDecision ; dk:reviewedFact <%s> ; dk:decision dk:Corrected ; prov:wasAssociatedWith ?who .
                  ?who rdfs:label "alice" .
                  <%s> dk:establishedOn "1973-02-26"^^xsd:date ; dk:evidence ?e .
                  ?e a dk:Evidence ; dk:extractionMethod dk:ManualAnnotation ; dk:source <%s> ; dk:startOffset %d ; dk:endOffset %d ;
                     prov:wasAttributedTo ?who ; prov:wasGeneratedBy ?d } }""".formatted(
                                REVIEW,
                                relation.fact(),
                                relation.fact(),
                                report.get("article").asString(),
                                start,
                                end)))
                .isTrue();
        // the original claim stays as the article stated it
        assertThat(ask("ASK { GRAPH <%s> { <%s> dk:establishedOn \"1973\"^^xsd:gYear } }"
                        .formatted(graph, relation.fact())))
                .isTrue();
        // the correction is not itself a new item to review
        assertThat(items("all", REVIEW)).isEmpty();
    }
}
