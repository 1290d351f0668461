package org.diplokg.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.diplokg.support.Canary;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile requests of issue 20 against the real server: none of them reaches the network, overflows the
 * stack, slips invalid UTF-8 into the store or answers with Spring's default error body.
 */
class HostileInputIT extends LoopbackServer {

    /** Its own store: the deeply nested lists it writes must not reach the classes sharing a server. */
    private static final java.nio.file.Path STORE = tempDir("diplokg-hostile-");

    @org.springframework.test.context.DynamicPropertySource
    static void store(org.springframework.test.context.DynamicPropertyRegistry registry) {
        ownEmptyStore(registry, STORE);
    }

    /** A loopback listener standing in for an attacker's server: every request it receives is a failure. */
    static Canary trap;

    @BeforeAll
    static void startTrap() {
        trap = Canary.serving("application/ld+json", "{\"@context\": {\"p\": \"urn:trap:p\"}}");
    }

    @AfterAll
    static void stopTrap() {
        trap.close();
    }

    static String trapUrl(String path) {
        return trap.url() + path;
    }

    // ---- no outbound fetch

    @Test
    void jsonLdWithARemoteContextIsRefusedWithoutFetchingIt() {
        int before = trap.hits();
        String doc = "{\"@context\": \"" + trapUrl("/ctx.jsonld") + "\", \"@id\": \"urn:test:s\", \"p\": \"x\"}";
        HttpResponse<String> r = put("urn:test:ctx", "application/ld+json", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains(trapUrl("/ctx.jsonld")).contains("diplokg.hardening.context-allowlist");
        assertThat(trap.hits()).isEqualTo(before);
        assertThat(graphExists("urn:test:ctx")).isFalse();
    }

    @Test
    void jsonLdWithAnImportInsideItsContextIsRefusedWithoutFetchingIt() {
        int before = trap.hits();
        String doc = "{\"@context\": {\"@version\": 1.1, \"@import\": \"" + trapUrl("/import.jsonld")
                + "\"}, \"@id\": \"urn:test:s\", \"urn:test:p\": \"x\"}";
        HttpResponse<String> r = put("urn:test:import", "application/ld+json", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains(trapUrl("/import.jsonld"));
        assertThat(trap.hits()).isEqualTo(before);
        assertThat(graphExists("urn:test:import")).isFalse();
    }

    @Test
    void rdfXmlWithAnExternalDtdNeverFetchesIt() {
        int before = trap.hits();
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \"" + trapUrl("/rdf.dtd") + "\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
                + "<rdf:Description rdf:about=\"http://example.org/s\"><ex:p>v</ex:p></rdf:Description></rdf:RDF>";
        HttpResponse<String> r = put("urn:test:dtd", "application/rdf+xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isLessThan(500);
        assertThat(trap.hits()).isEqualTo(before);
    }

    // ---- large and deep input

    @Test
    void insertDataOfTwoHundredThousandTriplesIsAccepted() {
        StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <urn:test:large> {\n");
        for (int i = 0; i < 200_000; i++) {
            data.append("<urn:x:s").append(i).append("> <urn:x:p> ").append(i).append(" .\n");
        }
        String text = data.append("} }").toString();
        assertThat(text.length()).isLessThan(10 * 1024 * 1024);
        // a generous client time-out: on a loaded 2-core machine applying and validating 200,000 triples takes a while
        HttpResponse<String> r = http.send(http.request("/update")
                .timeout(java.time.Duration.ofMinutes(5))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        assertThat(http.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:test:large> { ?s ?p ?o } }", "text/csv")
                        .body())
                .contains("200000");
    }

    @Test
    void tenThousandUnionBranchesAreRefusedNamingTheLimit() {
        HttpResponse<String> r = postQuery("SELECT * WHERE { " + unions(10_000) + " }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("diplokg.hardening.max-query-depth");
    }

    @Test
    void aQueryNestedJustUnderTheLimitStillRuns() {
        HttpResponse<String> r = postQuery("SELECT * WHERE { " + unions(150) + " ?s " + path("urn:q", 150) + " ?x }");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aPropertyPathOfTenThousandStepsIsRefusedNamingTheLimit() {
        HttpResponse<String> r = postQuery("SELECT * WHERE { ?s " + path("urn:p", 10_000) + " ?o }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("diplokg.hardening.max-query-depth");
    }

    @Test
    void deeplyNestedUpdateIsRefusedNamingTheLimit() {
        HttpResponse<String> r =
                http.update("INSERT { <urn:a> <urn:b> ?o } WHERE { ?s " + path("urn:p", 10_000) + " ?o }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("diplokg.hardening.max-query-depth");
    }

    @Test
    void deeplyNestedGroupsAreRefusedNamingTheLimit() {
        String q = "SELECT * WHERE " + "{".repeat(10_000) + " ?s ?p ?o " + "}".repeat(10_000);
        HttpResponse<String> r = postQuery(q);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("diplokg.hardening.max-query-depth");
    }

    @Test
    void jsonLdWithTenThousandNestedArraysIsRefusedNamingTheLimit() {
        String doc =
                "{\"@id\": \"urn:test:s\", \"urn:test:p\": " + "[".repeat(10_000) + "\"x\"" + "]".repeat(10_000) + "}";
        HttpResponse<String> r = put("urn:test:deep", "application/ld+json", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("diplokg.hardening.max-json-depth");
        assertThat(graphExists("urn:test:deep")).isFalse();
    }

    // ---- invalid UTF-8

    static final byte[] OVERLONG = {(byte) 0xC0, (byte) 0xBC};
    static final byte[] SURROGATE = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};

    @Test
    void invalidUtf8IsRefusedInEveryRdfFormat() {
        String[][] formats = {
            {"text/turtle", "<urn:test:s> <urn:test:p> \"BAD\" ."},
            {"application/n-triples", "<urn:test:s> <urn:test:p> \"BAD\" ."},
            {
                "application/rdf+xml",
                "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + "<rdf:Description rdf:about=\"urn:test:s\"><rdf:value>BAD</rdf:value></rdf:Description></rdf:RDF>"
            },
            {"application/ld+json", "{\"@id\": \"urn:test:s\", \"urn:test:p\": \"BAD\"}"},
            {"application/trig", "<urn:test:s> <urn:test:p> \"BAD\" ."},
        };
        int n = 0;
        for (String[] f : formats) {
            for (byte[] bad : new byte[][] {OVERLONG, SURROGATE, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}}) {
                String graph = "urn:test:utf8-" + n++;
                HttpResponse<String> r = put(graph, f[0], splice(f[1], bad));
                assertThat(r.statusCode()).as(f[0] + " " + r.body()).isIn(400, 415);
                if (r.statusCode() == 400) {
                    assertThat(r.body()).as(f[0]).contains("UTF-8");
                }
                assertThat(graphExists(graph)).as(f[0]).isFalse();
            }
        }
    }

    @Test
    void invalidUtf8IsRefusedInSparqlBodies() {
        byte[] update = splice("INSERT DATA { GRAPH <urn:test:utf8-update> { <urn:a> <urn:b> \"BAD\" } }", OVERLONG);
        HttpResponse<String> r = http.send(http.request("/update")
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(update)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("UTF-8");

        String form = "update=" + percent(update);
        r = http.send(http.request("/update")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("UTF-8");
        assertThat(graphExists("urn:test:utf8-update")).isFalse();

        byte[] query = splice("ASK { ?s ?p \"BAD\" }", SURROGATE);
        r = http.send(http.request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(query)));
        assertThat(r.statusCode()).isEqualTo(400);
        r = http.send(http.request("/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + percent(query))));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("UTF-8");
        r = http.get("/sparql?query=" + percent(query));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("UTF-8");
    }

    // ---- never Spring's default error body

    @Test
    void insertDataWithAVariableIs400() {
        HttpResponse<String> r = http.update("INSERT DATA { GRAPH <urn:test:var> { <urn:a> <urn:b> ?x } }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertNotSpringDefault(r);
        // relative IRIs in the default graph, as a client would first type it: the protocol's plain-text message
        r = http.update("INSERT DATA { <a> <b> ?x }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body()).contains("Variables not permitted in data");
        assertNotSpringDefault(r);
    }

    @Test
    void aQueryBuildingAHugeStringRunsIntoALimit() {
        StringBuilder q = new StringBuilder(
                "SELECT (STRLEN(?s30) AS ?n) WHERE { BIND(\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" AS ?s0)");
        for (int i = 1; i <= 30; i++) {
            q.append(" BIND(CONCAT(?s")
                    .append(i - 1)
                    .append(", ?s")
                    .append(i - 1)
                    .append(") AS ?s")
                    .append(i)
                    .append(")");
        }
        HttpResponse<String> r = postQuery(q.append(" }").toString());
        assertThat(r.statusCode()).as(r.body()).isIn(413, 503);
        assertThat(r.body()).contains("diplokg.hardening.max-string-length");
        assertNotSpringDefault(r);
        assertThat(http.query("ASK {}", "application/sparql-results+json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aConstantPatternOfHalfAMegabyteIsRefusedAtOnceInQueriesAndUpdates() {
        String pattern = "(a|b)*c".repeat(75_000);
        long started = System.nanoTime();
        HttpResponse<String> q = postQuery("ASK { ?s ?p ?o FILTER regex(?o, \"" + pattern + "\") }");
        assertThat(q.statusCode()).isEqualTo(400);
        assertThat(q.body()).contains("A regular expression of 525000 characters is longer than the limit of 10000");
        HttpResponse<String> u =
                http.update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER regex(?o, \"" + pattern + "\") }");
        assertThat(u.statusCode()).isEqualTo(400);
        assertThat(u.body()).contains("A regular expression of 525000 characters");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .as("refused without compiling the pattern")
                .isLessThan(java.time.Duration.ofSeconds(10));
    }

    @Test
    void unmappedPathsAnswer404WithoutSpringsDefaultBody() {
        for (String path : new String[] {"/no/such/path", "/api/no-such-thing", "/error", "/sparql/x/y"}) {
            HttpResponse<String> r = http.get(path, "Accept", "application/json");
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertNotSpringDefault(r);
        }
        HttpResponse<String> r = http.get("/no/such/path", "Accept", "application/json");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    static void assertNotSpringDefault(HttpResponse<String> r) {
        assertThat(r.body()).doesNotContain("\"timestamp\"").doesNotContain("Whitelabel");
    }

    // ---- helpers

    HttpResponse<String> put(String graph, String contentType, byte[] body) {
        return http.send(http.request("/data?graph=" + HttpTestClient.enc(graph))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postQuery(String query) {
        return http.send(http.request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)));
    }

    boolean graphExists(String graph) {
        HttpResponse<String> r =
                http.query("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }", "application/sparql-results+json");
        return r.body().contains("true");
    }

    /** The text with BAD replaced by the given raw bytes. */
    static byte[] splice(String text, byte[] bad) {
        int at = text.indexOf("BAD");
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + 3).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bad, 0, out, head.length, bad.length);
        System.arraycopy(tail, 0, out, head.length + bad.length, tail.length);
        return out;
    }

    static String percent(byte[] bytes) {
        return HttpTestClient.percent(bytes);
    }

    /** {@code n} UNION branches, { ?s <urn:p0> ?o } UNION { ?s <urn:p1> ?o } …, nested one level per branch. */
    static String unions(int n) {
        StringBuilder q = new StringBuilder("{ ?s <urn:p0> ?o }");
        for (int i = 1; i < n; i++) {
            q.append(" UNION { ?s <urn:p").append(i).append("> ?o }");
        }
        return q.toString();
    }

    /** A property path of {@code steps} steps of {@code iri}: <iri>/<iri>/… */
    static String path(String iri, int steps) {
        return "<" + iri + ">" + ("/<" + iri + ">").repeat(steps - 1);
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
