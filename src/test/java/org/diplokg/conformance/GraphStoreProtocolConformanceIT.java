package org.diplokg.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * The W3C Graph Store HTTP Protocol tests (sparql/sparql11/graph-store-protocol, direct and
 * indirect identification, and the older http-rdf-update cases), as JUnit tests against the real
 * server. The suite's {@code /gsp} is our {@code /data}.
 */
class GraphStoreProtocolConformanceIT extends IsolatedStoreServer {

    private static final String PERSON = """
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix v: <http://www.w3.org/2006/vcard/ns#> .
            <http://www.example/gsp/person/1> a foaf:Person ;
                foaf:businessCard [ a v:VCard ; v:fn "John Doe" ] .
            """;
    private static final String PERSON_RENAMED = PERSON.replace("John Doe", "Jane Doe");
    private static final String FAMILY =
            "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<http://www.example/gsp/person/1> foaf:familyName \"Doe\" .\n";
    private static final String GIVEN =
            "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<http://www.example/gsp/person/1> foaf:givenName \"Jane\" .\n";

    private static String indirect(String graph) {
        return "/data?graph=" + HttpTestClient.enc(graph);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = http.request(path).header("Authorization", "Bearer " + HttpTestClient.TOKEN);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private Graph getGraph(String path) {
        HttpResponse<String> r = http.get(path, "Accept", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
                .isEqualToIgnoringCase("text/turtle;charset=utf-8");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        return g;
    }

    private static Graph turtle(String... docs) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String d : docs) {
            RDFParser.fromString(d, Lang.TURTLE).parse(g);
        }
        return g;
    }

    private void putGetRepetition(String path) {
        send("DELETE", path, null, null);
        assertThat(send("PUT", path, "text/turtle; charset=utf-8", PERSON).statusCode())
                .isEqualTo(201);
        assertThat(IsoMatcher.isomorphic(getGraph(path), turtle(PERSON))).isTrue();
        assertThat(send("PUT", path, "text/turtle; charset=utf-8", PERSON_RENAMED)
                        .statusCode())
                .isIn(200, 204);
        assertThat(IsoMatcher.isomorphic(getGraph(path), turtle(PERSON_RENAMED)))
                .isTrue();
    }

    @Test
    void putGetRepetitionDirect() {
        putGetRepetition("/data/person/1.ttl");
    }

    @Test
    void putGetRepetitionIndirect() {
        putGetRepetition(indirect("http://www.example/gsp/person/1.ttl"));
    }

    @Test
    void putGetOnTheDefaultGraph() {
        assertThat(send("PUT", "/data?default", "text/turtle; charset=utf-8", PERSON)
                        .statusCode())
                .isIn(200, 201, 204);
        assertThat(IsoMatcher.isomorphic(getGraph("/data?default"), turtle(PERSON)))
                .isTrue();
    }

    private void deleteCycle(String path) {
        assertThat(send("PUT", path, "text/turtle; charset=utf-8", PERSON).statusCode())
                .isIn(200, 201, 204);
        assertThat(send("DELETE", path, null, null).statusCode()).isIn(200, 204);
        assertThat(http.get(path, "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(send("DELETE", path, null, null).statusCode()).isIn(404, 200, 204);
    }

    @Test
    void putThenDeleteGetDeleteDirect() {
        deleteCycle("/data/person/2.ttl");
    }

    @Test
    void putThenDeleteGetDeleteIndirect() {
        deleteCycle(indirect("http://www.example/gsp/person/2.ttl"));
    }

    private void postIterations(String path) {
        send("PUT", path, "text/turtle; charset=utf-8", PERSON);
        assertThat(send("POST", path, "text/turtle; charset=utf-8", PERSON_RENAMED)
                        .statusCode())
                .isIn(200, 201, 204);
        assertThat(IsoMatcher.isomorphic(getGraph(path), turtle(PERSON, PERSON_RENAMED)))
                .isTrue();
        String boundary = "a6fe4cd636164618814be9f8d3d1a0de";
        String multipart = "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"lastName.ttl\"; filename=\"lastName.ttl\"\r\n"
                + "Content-Type: text/turtle; charset=utf-8\r\n\r\n" + FAMILY.replace("\n", "\r\n") + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"firstName.ttl\"; filename=\"firstName.ttl\"\r\n"
                + "Content-Type: text/turtle; charset=utf-8\r\n\r\n" + GIVEN.replace("\n", "\r\n") + "\r\n--" + boundary
                + "--\r\n";
        assertThat(send("POST", path, "multipart/form-data; boundary=" + boundary, multipart)
                        .statusCode())
                .isIn(200, 204);
        assertThat(IsoMatcher.isomorphic(getGraph(path), turtle(PERSON, PERSON_RENAMED, FAMILY, GIVEN)))
                .isTrue();
    }

    @Test
    void postTwiceIncludingMultipartDirect() {
        postIterations("/data/person/3.ttl");
    }

    @Test
    void postTwiceIncludingMultipartIndirect() {
        postIterations(indirect("http://www.example/gsp/person/3.ttl"));
    }

    @Test
    void postToTheStoreCreatesAGraphAndAnswersItsLocation() {
        HttpResponse<String> created = send("POST", "/data", "text/turtle; charset=utf-8", PERSON);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(IsoMatcher.isomorphic(getGraph(indirect(location)), turtle(PERSON)))
                .isTrue();
        // the Location names the graph directly too
        assertThat(location).startsWith(http.base() + "/data/");
        assertThat(IsoMatcher.isomorphic(getGraph(location.substring(http.base().length())), turtle(PERSON)))
                .isTrue();
    }

    private void headCases(String existing, String missing) {
        send("PUT", existing, "text/turtle; charset=utf-8", PERSON);
        HttpResponse<String> head = http.send(http.request(existing)
                .header("Accept", "text/turtle; charset=utf-8")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
                .isEqualToIgnoringCase("text/turtle;charset=utf-8");
        assertThat(head.body()).isEmpty();
        assertThat(http.send(http.request(missing).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void headOnExistingAndMissingGraphsDirect() {
        headCases("/data/person/1.ttl", "/data/person/4.ttl");
    }

    @Test
    void headOnExistingAndMissingGraphsIndirect() {
        headCases(indirect("http://www.example/gsp/person/1.ttl"), indirect("http://www.example/gsp/person/4.ttl"));
    }

    @Test
    void varyingPercentEncodingNamesTheSameGraph() {
        send("PUT", "/data?graph=http%3A%2F%2Fwww.example%2Fgsp%2Fperson%2F5.ttl", "text/turtle", PERSON);
        assertThat(IsoMatcher.isomorphic(getGraph("/data?graph=http://www.example/gsp/person/5.ttl"), turtle(PERSON)))
                .isTrue();
    }

    @Test
    void percentEncodingIsDecodedOnlyOnce() {
        send("PUT", "/data?graph=http://www.example/gsp/person/%36.ttl", "text/turtle", PERSON);
        send("PUT", "/data?graph=http://www.example/gsp/person/%2536.ttl", "text/turtle", PERSON_RENAMED);
        assertThat(IsoMatcher.isomorphic(getGraph("/data?graph=http://www.example/gsp/person/%36.ttl"), turtle(PERSON)))
                .isTrue();
        assertThat(IsoMatcher.isomorphic(
                        getGraph("/data?graph=http://www.example/gsp/person/%2536.ttl"), turtle(PERSON_RENAMED)))
                .isTrue();
    }

    @Test
    void unsupportedMediaTypeIs415AndInvalidRdfIs400() {
        assertThat(send("PUT", indirect("http://www.example/gsp/x"), "application/x-unknown", "<a> <b> <c> .")
                        .statusCode())
                .isEqualTo(415);
        assertThat(send("PUT", indirect("http://www.example/gsp/x"), "text/turtle", "<a> <b> .")
                        .statusCode())
                .isEqualTo(400);
        assertThat(http.get(indirect("http://www.example/gsp/x")).statusCode()).isEqualTo(404);
    }

    @Test
    void relativeGraphParameterIs400() {
        assertThat(http.get("/data?graph=person/1").statusCode()).isEqualTo(400);
    }
}
