package org.diplokg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.diplokg.support.ProjectDataServer;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Questions whose answers the seed articles and the reference data state, asked over SPARQL. */
class KnowledgeIT extends ProjectDataServer {

    @Autowired
    CoverageService coverage;

    private String csv(String sparql) {
        HttpResponse<String> r = http.query("PREFIX dk: <https://w3id.org/diplokg/ontology#>\n" + sparql, "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().replace("\r", "");
    }

    @Test
    void comprehensiveStrategicPartnersOn2024And2025() {
        String q = """
                SELECT ?code WHERE { ?s dk:level dk:ComprehensiveStrategicPartnership ; dk:startDate ?d ; dk:partnership/dk:party ?c .
                  ?c dk:isoAlpha2 ?code FILTER(?code != "VN") FILTER(STR(?d) < "%s") } GROUP BY ?code ORDER BY ?code""";
        assertThat(csv(q.formatted("2024-01-01"))).isEqualTo("code\nCN\nIN\nJP\nKR\nRU\nUS\n");
        assertThat(csv(q.formatted("2026-01-01")).lines().skip(1).toList())
                .containsExactly("AU", "CN", "FR", "GB", "ID", "IN", "JP", "KR", "MY", "NZ", "RU", "SG", "TH", "US");
    }

    @Test
    void theSeedArticleNamesItsOfficialsWithTheirPostsAtItsDate() throws Exception {
        byte[] bytes = Files.readAllBytes(ProjectPaths.seeds().resolve("003_331e387f090f2c7c.txt"));
        String sha16 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                .substring(0, 16);
        String answer = csv("""
                SELECT ?person ?post ?on WHERE { GRAPH <https://w3id.org/diplokg/graph/article/%s> {
                  ?h dk:holder ?person ; dk:post ?post ; dk:attestedOn ?on } FILTER(STR(?on) = "2023-02-01") } ORDER BY ?person""".formatted(sha16));
        assertThat(answer.lines().skip(1).toList())
                .containsExactly(
                        "https://w3id.org/diplokg/id/person/bui-thanh-son,https://w3id.org/diplokg/id/post/vn-minister-of-foreign-affairs,2023-02-01",
                        "https://w3id.org/diplokg/id/person/nguyen-phu-trong,https://w3id.org/diplokg/id/post/vn-general-secretary,2023-02-01",
                        "https://w3id.org/diplokg/id/person/tran-luu-quang,https://w3id.org/diplokg/id/post/vn-deputy-prime-minister,2023-02-01");
    }

    @Test
    void eventDateIsResolvedAgainstTheArticleDateAndFlagged() {
        String answer = csv("""
                SELECT ?date ?expr ?resolved WHERE { <https://w3id.org/diplokg/id/event/2023-01-31-tran-luu-quang-works-with-mofa>
                  dk:date ?date ; dk:dateExpression ?expr ; dk:dateResolved ?resolved }""");
        assertThat(answer).isEqualTo("date,expr,resolved\n2023-01-31,31/1,true\n");
    }

    @Test
    void everySourceOfAFactIsListed() {
        String answer = csv("""
                SELECT ?source ?date WHERE { GRAPH ?g { <https://w3id.org/diplokg/id/partnership/VN-GB/2025-10-29> dk:startDate ?date ;
                  dk:evidence/dk:source ?source } } ORDER BY ?source""");
        assertThat(answer.lines().skip(1).toList())
                .containsExactly(
                        "https://w3id.org/diplokg/id/source/london-today-uk-csp,2025-10-30",
                        "https://w3id.org/diplokg/id/source/moit-vntr-uk-csp,2025-10-29",
                        "https://w3id.org/diplokg/id/source/vnanet-2025-10-30-uk-joint-declaration,2025-10-29");
    }

    @Test
    void coverageFindsEveryGoldFactOfTheAnnotatedSeeds() {
        var report = coverage.report(ProjectPaths.project().resolve("data/annotations/gold"));
        assertThat(report.missingGold()).isNotEmpty();
        report.missingGold()
                .forEach((file, missing) -> assertThat(missing).as(file).isEmpty());
        assertThat(report.graphs()).anySatisfy(g -> assertThat(g.graph()).contains("/graph/article/"));
    }
}
