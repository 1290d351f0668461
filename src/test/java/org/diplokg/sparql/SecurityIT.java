package org.diplokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.Test;

/** Secure by default: every refusal is precise, and nothing refused reaches the store. */
class SecurityIT extends EmptyStoreServer {

    @Test
    void rejectsServiceClauseWhenRemoteQueriesDisabled() {
        HttpResponse<String> r =
                http.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("SERVICE <http://example.org/sparql> is not allowed");
    }

    @Test
    void rejectsServiceInsideAnUpdate() {
        HttpResponse<String> r = http.update(
                "INSERT { GRAPH <urn:test:svc> { ?s ?p ?o } } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void rejectsLoadFromLocalFiles() {
        HttpResponse<String> r = http.update("LOAD <file:///etc/passwd> INTO GRAPH <urn:test:passwd>");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("LOAD from local files is not allowed");
        assertThat(http.query("ASK { GRAPH <urn:test:passwd> { ?s ?p ?o } }", "application/sparql-results+json")
                        .body())
                .contains("false");
    }

    @Test
    void rejectsLoadFromTheNetworkUnlessAllowListed() {
        assertThat(http.update("LOAD <http://example.org/data.ttl>").statusCode())
                .isEqualTo(400);
    }

    @Test
    void rejectsJavaExtensionFunctions() {
        HttpResponse<String> r = http.query(
                "SELECT * WHERE { BIND(<java:org.apache.jena.sparql.function.library.sha1sum>(\"x\") AS ?h) }", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("java:");
    }

    @Test
    void xxeInRdfXmlNeverReadsLocalFiles() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/s"><ex:p>&secret;</ex:p></rdf:Description>
                </rdf:RDF>""";
        HttpResponse<String> r =
                http.putAs(HttpTestClient.TOKEN, "/data?graph=urn:test:xxe", "application/rdf+xml", xxe);
        assertThat(r.statusCode()).isBetween(400, 499);
        String dump = http.query("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")
                .body();
        assertThat(dump).doesNotContain("root:");
    }

    @Test
    void updateWithoutTokenIs401AndChangesNothing() {
        HttpResponse<String> r =
                http.updateAs(null, "INSERT DATA { GRAPH <urn:test:notoken> { <urn:a> <urn:b> <urn:c> } }");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(http.query("ASK { GRAPH <urn:test:notoken> { ?s ?p ?o } }", "application/sparql-results+json")
                        .body())
                .contains("false");
    }

    @Test
    void updateWithWrongTokenIs401() {
        HttpResponse<String> r = http.updateAs("wrong", "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void graphStoreWriteWithoutTokenIs401() {
        HttpResponse<String> r =
                http.putAs(null, "/data?graph=urn:test:gsp-notoken", "text/turtle", "<urn:a> <urn:b> <urn:c> .");
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void malformedQueryIs400WithLineAndColumn() {
        HttpResponse<String> r = http.query("SELECT * WHERE {\n  ?s ?p \n}", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).containsPattern("line 3, column \\d+");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        HttpResponse<String> r = http.send(http.request("/sparql")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertThat(r.statusCode()).isEqualTo(415);
    }

    @Test
    void unacceptableAcceptIs406() {
        assertThat(http.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png")
                        .statusCode())
                .isEqualTo(406);
    }

    @Test
    void failedUpdateChangesNothing() {
        // one request, two operations; the second breaks the shapes, so the first must not survive either
        HttpResponse<String> r = http.update("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                INSERT DATA { GRAPH <urn:test:atomic> { <urn:a> <urn:b> <urn:c> } } ;
                INSERT DATA { GRAPH <urn:test:atomic2> { <urn:test:bad> a dk:Country ; dk:isoAlpha2 "not a code" } }""");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(http.query("ASK { GRAPH <urn:test:atomic> { ?s ?p ?o } }", "application/sparql-results+json")
                        .body())
                .contains("false");
    }

    @Test
    void updateViolatingTheShapesIsRefusedWholeWithProblemJson() {
        HttpResponse<String> r = http.update("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                INSERT DATA { GRAPH <urn:test:shacl> {
                  <urn:test:ok> <urn:test:p> "fine" .
                  <urn:test:stage> a dk:PartnershipStage ; dk:level dk:NoSuchLevel } }""");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("urn:test:stage", "level");
        assertThat(http.query("ASK { <urn:test:ok> ?p ?o }", "application/sparql-results+json")
                        .body())
                .contains("false");
    }

    @Test
    void oversizedDeclaredBodyIs413() {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = http.send(http.request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void oversizedChunkedBodyIs413() {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = http.send(http.request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("exceeds the limit");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
