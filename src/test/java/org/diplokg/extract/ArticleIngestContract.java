package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/articles against a server whose store holds the project data and accepts writes; the
 * same checks run on the embedded store ({@link ArticleIngestIT}) and on a remote Fuseki
 * ({@link RemoteArticleIngestIT}) with identical expectations. The server must accept articles of
 * at most 20 KB.
 */
interface ArticleIngestContract {

    JsonMapper json = JsonMapper.builder().build();

    String ARTICLE = """
            Thứ trưởng Ngoại giao Nguyễn Minh Vũ tiếp Đại sứ Nhật Bản

            10/03/2024 09:15

            Chiều ngày 8/3, tại Hà Nội, Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Minh Vũ đã tiếp Đại sứ Nhật Bản Yamada Takio.
            Hai bên nhất trí thúc đẩy quan hệ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản.
            Năm 2023, kim ngạch thương mại hai chiều đạt 45,2 tỷ USD. Hai bên nhắc lại Chỉ thị số 25/CT-TTg ngày 8/8/2018.
                        """;

    HttpTestClient client();

    private HttpResponse<String> post(String contentType, String body, boolean token) {
        HttpRequest.Builder r = client().request("/api/articles")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token) {
            r.header("Authorization", "Bearer " + HttpTestClient.TOKEN);
        }
        return client().send(r);
    }

    private HttpResponse<String> postBytes(String contentType, byte[] body) {
        return client().send(client().request("/api/articles")
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private String articleJson(String url, String text) {
        return json.writeValueAsString(java.util.Map.of("url", url, "publisher", "Test", "text", text));
    }

    private boolean ask(String sparql) {
        HttpResponse<String> r = client().query(sparql, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body()).get("boolean").asBoolean();
    }

    private long quads() {
        HttpResponse<String> r = client().query(
                        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/diplokg/graph/audit>) }",
                        "application/sparql-results+json");
        return json.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    @Test
    default void ingestsAJsonArticleIntoItsOwnGraphWithEvidence() {
        HttpResponse<String> r = post("application/json", articleJson("https://example.org/news/1", ARTICLE), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode report = json.readTree(r.body());
        String graph = report.get("graph").asString();
        assertThat(graph).startsWith("https://w3id.org/diplokg/graph/extraction/");
        assertThat(r.headers().firstValue("Location"))
                .contains("/id/article/" + report.get("sha256").asString().substring(0, 16));
        assertThat(report.get("published").asString()).isEqualTo("2024-03-10");
        assertThat(report.at("/facts/personsWithPosts").asInt()).isEqualTo(3);
        assertThat(report.at("/facts/policyDocuments").asInt()).isEqualTo(1);
        assertThat(ask("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                ASK { GRAPH <%s> {
                  ?h a dk:PostHolding ; dk:holder <https://w3id.org/diplokg/id/person/nguyen-minh-vu> ;
                     dk:post <https://w3id.org/diplokg/id/post/vn-permanent-deputy-minister-of-foreign-affairs> ;
                     dk:attestedOn "2024-03-10"^^<http://www.w3.org/2001/XMLSchema#date> ;
                     dk:evidence [ dk:extractionMethod dk:RuleBasedExtraction ; dk:extractionRule ?rule ; dk:confidence ?c ;
                                   dk:startOffset ?s ; dk:endOffset ?e ; dk:source ?article ] .
                  ?article dk:sha256 ?sha .
                  ?a dk:holder <https://w3id.org/diplokg/id/person/yamada-takio> ; dk:post <https://w3id.org/diplokg/id/post/jp-ambassador-vn> .
                  ?doc dk:documentNumber "25/CT-TTg" ; dk:issuedOn "2018-08-08"^^<http://www.w3.org/2001/XMLSchema#date> .
                  ?event a dk:Reception ; dk:date "2024-03-08"^^<http://www.w3.org/2001/XMLSchema#date> .
                }
                # the post and the embassy may be known already (data/curated declares them): the article's graph or another
                <https://w3id.org/diplokg/id/post/jp-ambassador-vn> a dk:Post ; <http://www.w3.org/ns/org#postIn> ?embassy .
                ?embassy a dk:Embassy ; dk:sendingState <https://w3id.org/diplokg/id/country/JP> .
                }""".formatted(graph))).isTrue();
    }

    @Test
    default void sameArticleTwiceIsIdempotentAndANewVersionReplacesTheGraph() {
        String url = "https://example.org/news/versioned";
        assertThat(post("application/json", articleJson(url, ARTICLE), true).statusCode())
                .isEqualTo(201);
        long before = quads();
        HttpResponse<String> again = post("application/json", articleJson(url, ARTICLE), true);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("status").asString()).isEqualTo("unchanged");
        assertThat(quads()).isEqualTo(before);

        String revised = ARTICLE.replace("25/CT-TTg", "34-NQ/TW");
        HttpResponse<String> replaced = post("application/json", articleJson(url, revised), true);
        assertThat(replaced.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(replaced.body());
        assertThat(report.get("status").asString()).isEqualTo("replaced");
        String graph = report.get("graph").asString();
        assertThat(ask("PREFIX dk: <https://w3id.org/diplokg/ontology#> ASK { GRAPH <" + graph
                        + "> { ?d dk:documentNumber \"34-NQ/TW\" } }"))
                .isTrue();
        assertThat(ask("PREFIX dk: <https://w3id.org/diplokg/ontology#> ASK { GRAPH <" + graph
                        + "> { ?d dk:documentNumber \"25/CT-TTg\" } }"))
                .isFalse();
    }

    @Test
    default void acceptsPlainTextAndHtml() {
        HttpResponse<String> text =
                post("text/plain; charset=UTF-8", ARTICLE.replace("Nguyễn Minh Vũ", "Hà Kim Ngọc"), true);
        assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
        String html =
                "<html><head><title>x</title><script>var a='Thủ tướng Giả Danh';</script></head><body><h1>Tin</h1><p>"
                        + ARTICLE.replace("Nguyễn Minh Vũ", "Đỗ Hùng Việt").replace("\n", "</p><p>")
                        + "</p></body></html>";
        HttpResponse<String> page = post("text/html", html, true);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(201);
        assertThat(
                        ask(
                                "ASK { ?h <https://w3id.org/diplokg/ontology#holder> <https://w3id.org/diplokg/id/person/do-hung-viet> }"))
                .isTrue();
        assertThat(ask("ASK { ?p <http://www.w3.org/2000/01/rdf-schema#label> \"Giả Danh\"@vi }"))
                .isFalse();
    }

    @Test
    default void keepsAContradictingEstablishmentDateAsACompetingClaim() {
        String text =
                "Quan hệ Việt Nam - Nhật Bản\n\n01/06/2024 10:00\n\nViệt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 22/9/1975.\n";
        assertThat(post("application/json", articleJson("https://example.org/news/relation", text), true)
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> r = client().get("/api/queries/conflicting-claims", "Accept", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("https://w3id.org/diplokg/id/relation/VN-JP")
                .contains("1975-09-22")
                .contains("1973-09-21");
    }

    @Test
    default void leavesDayAndMonthUnresolvedWithoutAPublicationDate() {
        String text =
                "Gặp gỡ\n\nChiều ngày 5/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Lào.\n";
        HttpResponse<String> r = post("application/json", articleJson("https://example.org/news/undated", text), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode report = json.readTree(r.body());
        assertThat(report.get("published").isNull()).isTrue();
        assertThat(report.get("unresolvedDates").toString()).contains("5/6");
        assertThat(ask("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                ASK { GRAPH <%s> { ?e a dk:Talks ; dk:dateExpression ?x . FILTER NOT EXISTS { ?e dk:date ?d } } }""".formatted(report.get("graph").asString()))).isTrue();
    }

    @Test
    default void rejectsBadInputWithProblemDetailsAndChangesNothing() {
        long before = quads();
        assertProblem(post("application/json", articleJson("https://example.org/x", ARTICLE), false), 401);
        assertProblem(post("application/json", "{\"text\": ", true), 400);
        assertProblem(post("application/json", "{\"title\": \"no text\"}", true), 400);
        assertProblem(post("application/json", "{\"text\": \"x\", \"colour\": \"red\"}", true), 400);
        assertProblem(post("application/json", "{\"text\": \"Bài báo\", \"published\": \"31/12/2024\"}", true), 400);
        assertProblem(post("application/json", "{\"text\": \"Bài báo\", \"url\": \"javascript:alert(1)\"}", true), 400);
        assertProblem(post("text/plain", "   \n  ", true), 400);
        assertProblem(postBytes("text/plain", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0}), 400);
        assertProblem(postBytes("text/plain", new byte[] {'B', (byte) 0xe0, 'i', ' ', (byte) 0xff, 'x'}), 400);
        assertProblem(post("text/plain", "Bài báo\n" + "x".repeat(30_000), true), 413);
        assertProblem(post("application/pdf", "%PDF-1.7", true), 415);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    default void ingestsTheSeedArticlesFromFiles() throws Exception {
        Path seed = ProjectPaths.seeds().resolve("003_331e387f090f2c7c.txt");
        HttpResponse<String> r = post("text/plain", Files.readString(seed), true);
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        assertThat(json.readTree(r.body()).get("published").asString()).isEqualTo("2023-02-01");
    }

    private void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(json.readTree(r.body()).get("detail").asString()).isNotBlank();
    }
}
