package org.diplokg.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The 34 tests of the W3C SPARQL 1.1 Protocol suite (sparql/sparql11/protocol in w3c/rdf-tests),
 * written as JUnit tests against the real server. The suite's {@code /sparql/} is our
 * {@code /sparql} for queries and {@code /update} for updates.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SparqlProtocolConformanceIT extends IsolatedStoreServer {

    private static final String K = "http://kasei.us/2009/09/sparql/data/";
    private static final String DOC = "http://xmlns.com/foaf/0.1/Document";

    @BeforeEach
    void loadSuiteGraphs() {
        for (String n : new String[] {"data1", "data2", "data3"}) {
            HttpResponse<String> r = http.send(http.request("/data?graph=" + HttpTestClient.enc(K + n + ".rdf"))
                    .header("Content-Type", "application/n-triples")
                    .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString("<" + K + n
                            + ".rdf> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + DOC + "> .\n")));
            assertThat(r.statusCode()).isBetween(200, 299);
        }
    }

    private static String enc(String s) {
        return HttpTestClient.enc(s);
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        HttpRequest.Builder b = http.request(path).header("Authorization", "Bearer " + HttpTestClient.TOKEN);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** {@code name=data1&name=data2}: the suite's two-graph dataset as protocol parameters. */
    private static String data1And2(String name) {
        return name + "=" + enc(K + "data1.rdf") + "&" + name + "=" + enc(K + "data2.rdf");
    }

    private HttpResponse<String> query(String parameters, String query) {
        return post("/sparql?" + parameters, "application/sparql-query", query);
    }

    private void assertUpdated(String parameters, String update) {
        assertThat(post("/update" + parameters, "application/sparql-update", update)
                        .statusCode())
                .isBetween(200, 399);
    }

    private static void assertBoolean(HttpResponse<String> r, boolean expected) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 399);
        String ct = r.headers().firstValue("Content-Type").orElse("");
        Lang lang = ct.contains("xml") ? ResultSetLang.RS_XML : ResultSetLang.RS_JSON;
        boolean answer = ResultSetMgr.readBoolean(
                new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        assertThat(answer).isEqualTo(expected);
    }

    private static void assertTabular(HttpResponse<String> r) {
        assertThat(r.statusCode()).isBetween(200, 399);
        var rs = ResultSetMgr.read(
                new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertThat(rs.getResultVars()).isNotEmpty();
    }

    private static void assertRdf(HttpResponse<String> r) {
        assertThat(r.statusCode()).isBetween(200, 399);
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(GraphFactory.createDefaultGraph());
    }

    private static void assert4xx(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
    }

    @Test
    void queryPostForm() {
        assertBoolean(
                post(
                        "/sparql?default-graph-uri=" + enc(K + "data0.rdf"),
                        "application/x-www-form-urlencoded",
                        "query=ASK%20%7B%7D"),
                true);
    }

    @Test
    void queryDatasetDefaultGraphsGet() {
        String q = "ASK { <" + K + "data1.rdf> a ?type . <" + K + "data2.rdf> a ?type . }";
        assertBoolean(http.get("/sparql?query=" + enc(q) + "&" + data1And2("default-graph-uri")), true);
    }

    @Test
    void queryDatasetDefaultGraphsPost() {
        String q = "ASK { <" + K + "data1.rdf> a ?type . <" + K + "data2.rdf> a ?type . }";
        assertBoolean(query(data1And2("default-graph-uri"), q), true);
    }

    @Test
    void queryDatasetNamedGraphsPost() {
        String q = "ASK { GRAPH ?g1 { <" + K + "data1.rdf> a ?type } GRAPH ?g2 { <" + K + "data2.rdf> a ?type } }";
        assertBoolean(query(data1And2("named-graph-uri"), q), true);
    }

    @Test
    void queryDatasetNamedGraphsGet() {
        String q = "ASK { GRAPH ?g1 { <" + K + "data1.rdf> a ?type } GRAPH ?g2 { <" + K + "data2.rdf> a ?type } }";
        assertBoolean(http.get("/sparql?query=" + enc(q) + "&" + data1And2("named-graph-uri")), true);
    }

    @Test
    void queryDatasetFull() {
        String q = "ASK { <" + K + "data3.rdf> a ?type GRAPH ?g1 { <" + K + "data1.rdf> a ?type } GRAPH ?g2 { <" + K
                + "data2.rdf> a ?type } }";
        assertBoolean(query("default-graph-uri=" + enc(K + "data3.rdf") + "&" + data1And2("named-graph-uri"), q), true);
    }

    @Test
    void queryMultipleDatasetUsesTheProtocolDataset() {
        String q = "ASK FROM <" + K + "data3.rdf> { GRAPH ?g1 { <" + K + "data1.rdf> a ?type } GRAPH ?g2 { <" + K
                + "data2.rdf> a ?type } }";
        assertBoolean(query(data1And2("named-graph-uri"), q), true);
    }

    @Test
    void queryGet() {
        assertBoolean(http.get("/sparql?query=" + enc("ASK {}") + "&default-graph-uri=" + enc(K + "data0.rdf")), true);
    }

    @Test
    void queryContentTypeSelect() {
        assertTabular(query("default-graph-uri=" + enc(K + "data0.rdf"), "SELECT (1 AS ?value) {}"));
    }

    @Test
    void queryContentTypeAsk() {
        assertBoolean(query("default-graph-uri=" + enc(K + "data0.rdf"), "ASK {}"), true);
    }

    @Test
    void queryContentTypeDescribe() {
        assertRdf(query("default-graph-uri=" + enc(K + "data0.rdf"), "DESCRIBE <http://example.org/>"));
    }

    @Test
    void queryContentTypeConstruct() {
        assertRdf(query("default-graph-uri=" + enc(K + "data0.rdf"), "CONSTRUCT { <s> <p> 1 } WHERE {}"));
    }

    @Test
    void updateDatasetDefaultGraph() {
        String u = "PREFIX dc: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> CLEAR ALL ; "
                + "INSERT DATA { GRAPH <" + K + "data1.rdf> { <" + K + "data1.rdf> a foaf:Document } } ; "
                + "INSERT { GRAPH <http://example.org/protocol-update-dataset-test/> { ?s a dc:BibliographicResource } } WHERE { ?s a foaf:Document }";
        assertUpdated("?using-graph-uri=" + enc(K + "data1.rdf"), u);
        assertBoolean(
                post(
                        "/sparql",
                        "application/sparql-query",
                        "ASK { GRAPH <http://example.org/protocol-update-dataset-test/> { <" + K
                                + "data1.rdf> a <http://purl.org/dc/terms/BibliographicResource> } }"),
                true);
    }

    private static final String DROP_AND_INSERT_THREE =
            "PREFIX dc: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> DROP ALL ; "
                    + "INSERT DATA { GRAPH <" + K + "data1.rdf> { <" + K + "data1.rdf> a foaf:Document } GRAPH <" + K
                    + "data2.rdf> { <" + K
                    + "data2.rdf> a foaf:Document } GRAPH <" + K + "data3.rdf> { <" + K
                    + "data3.rdf> a foaf:Document } } ; ";

    @Test
    void updateDatasetDefaultGraphs() {
        assertUpdateReadsOnlyData1And2(
                "http://example.org/protocol-update-dataset-graphs-test/",
                "?s a foaf:Document",
                data1And2("using-graph-uri"));
    }

    @Test
    void updateDatasetNamedGraphs() {
        assertUpdateReadsOnlyData1And2(
                "http://example.org/protocol-update-dataset-named-graphs-test/",
                "GRAPH ?g { ?s a foaf:Document }",
                data1And2("using-named-graph-uri"));
    }

    /** The update's dataset (given by {@code parameters}) holds data1 and data2, so it copies only their documents. */
    private void assertUpdateReadsOnlyData1And2(String target, String where, String parameters) {
        assertUpdated(
                "?" + parameters,
                DROP_AND_INSERT_THREE + "INSERT { GRAPH <" + target + "> { ?s a dc:BibliographicResource } } WHERE { "
                        + where + " }");
        String ask = "ASK { GRAPH <" + target + "> { <" + K
                + "data1.rdf> a <http://purl.org/dc/terms/BibliographicResource> . <" + K
                + "data2.rdf> a <http://purl.org/dc/terms/BibliographicResource> } FILTER NOT EXISTS { GRAPH <"
                + target + "> { <" + K + "data3.rdf> a <http://purl.org/dc/terms/BibliographicResource> } } }";
        assertBoolean(post("/sparql", "application/sparql-query", ask), true);
    }

    @Test
    void updateDatasetFull() {
        String u = DROP_AND_INSERT_THREE
                + "INSERT { GRAPH <http://example.org/protocol-update-dataset-full-test/> { ?s <http://example.org/in> ?in } } WHERE { "
                + "{ GRAPH ?g { ?s a foaf:Document } BIND(?g AS ?in) } UNION { ?s a foaf:Document . BIND(\"default\" AS ?in) } }";
        assertUpdated("?using-graph-uri=" + enc(K + "data1.rdf") + "&using-named-graph-uri=" + enc(K + "data2.rdf"), u);
        String ask = "ASK { GRAPH <http://example.org/protocol-update-dataset-full-test/> { <" + K
                + "data1.rdf> <http://example.org/in> \"default\" . <" + K
                + "data2.rdf> <http://example.org/in> <" + K
                + "data2.rdf> } FILTER NOT EXISTS { GRAPH <http://example.org/protocol-update-dataset-full-test/> { <"
                + K + "data3.rdf> ?p ?o } } }";
        assertBoolean(post("/sparql", "application/sparql-query", ask), true);
    }

    @Test
    void updatePostForm() {
        assertThat(post("/update", "application/x-www-form-urlencoded", "update=CLEAR+ALL")
                        .statusCode())
                .isBetween(200, 399);
    }

    @Test
    void updatePostDirect() {
        assertThat(post("/update", "application/sparql-update", "CLEAR ALL").statusCode())
                .isBetween(200, 399);
    }

    @Test
    void updateBaseUri() {
        String u =
                "CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ; INSERT DATA { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> } }";
        assertThat(post("/update", "application/sparql-update", u).statusCode()).isBetween(200, 399);
        assertBoolean(
                post(
                        "/sparql",
                        "application/sparql-query",
                        "ASK { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> ?o FILTER (isIRI(?o) && STR(?o) != \"test\") } }"),
                true);
    }

    @Test
    void queryPostDirect() {
        assertBoolean(post("/sparql", "application/sparql-query", "ASK {}"), true);
    }

    @Test
    void badQueryMethod() {
        assert4xx(
                http.send(http.request("/sparql?query=" + enc("ASK {}") + "&default-graph-uri=" + enc(K + "data0.rdf"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .PUT(HttpRequest.BodyPublishers.noBody())));
    }

    @Test
    void badMultipleQueries() {
        assert4xx(http.get("/sparql?query=" + enc("ASK {}") + "&query=" + enc("SELECT * {}")));
    }

    @Test
    void badQueryWrongMediaType() {
        assert4xx(post("/sparql", "text/plain", "ASK {}"));
    }

    @Test
    void badQueryMissingFormType() {
        assert4xx(http.send(http.request("/sparql").POST(HttpRequest.BodyPublishers.ofString("query=ASK%20%7B%7D"))));
    }

    @Test
    void badQueryMissingDirectType() {
        assert4xx(http.send(http.request("/sparql").POST(HttpRequest.BodyPublishers.ofString("ASK {}"))));
    }

    @Test
    void badQueryNonUtf8() {
        assert4xx(http.send(http.request("/sparql")
                .header("Content-Type", "application/sparql-query; charset=UTF-16")
                .POST(HttpRequest.BodyPublishers.ofByteArray("ASK {}".getBytes(StandardCharsets.UTF_16)))));
    }

    @Test
    void badQuerySyntax() {
        assert4xx(http.get("/sparql?query=" + enc("ASK {")));
    }

    @Test
    void badUpdateGet() {
        assert4xx(http.get("/sparql?update=" + enc("CLEAR ALL")));
        assert4xx(http.get("/update?update=" + enc("CLEAR ALL")));
    }

    @Test
    void badMultipleUpdates() {
        assert4xx(post("/update", "application/x-www-form-urlencoded", "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT"));
    }

    @Test
    void badUpdateWrongMediaType() {
        assert4xx(post("/update", "text/plain", "CLEAR NAMED"));
    }

    @Test
    void badUpdateMissingFormType() {
        assert4xx(http.send(http.request("/update")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("update=CLEAR%20NAMED"))));
    }

    @Test
    void badUpdateNonUtf8() {
        assert4xx(http.send(http.request("/update")
                .header("Content-Type", "application/sparql-update; charset=UTF-16")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray("CLEAR NAMED".getBytes(StandardCharsets.UTF_16)))));
    }

    @Test
    void badUpdateSyntax() {
        assert4xx(post("/update", "application/x-www-form-urlencoded", "update=CLEAR%20XYZ"));
    }

    @Test
    void badUpdateDatasetConflict() {
        String u =
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/> WITH <http://example/addresses> DELETE { ?person foaf:givenName 'Bill' } "
                        + "INSERT { ?person foaf:givenName 'William' } WHERE { ?person foaf:givenName 'Bill' }";
        assert4xx(
                post("/update?using-named-graph-uri=" + enc("http://example/people"), "application/sparql-update", u));
    }
}
