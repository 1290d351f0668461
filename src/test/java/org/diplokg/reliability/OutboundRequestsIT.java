package org.diplokg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.support.Canary;
import org.diplokg.support.EmptyStoreServer;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Nothing a client sends makes the server contact an address that is not allow-listed: SERVICE and LOAD
 * (in queries and updates), JSON-LD {@code @context} and {@code @import}, RDF/XML DTDs and external entities
 * all point at a loopback "canary" whose hit count must stay 0. A second canary is allow-listed (LOAD,
 * SERVICE, JSON-LD contexts) but answers every request with a redirect to the forbidden one: redirects are not
 * followed, so the forbidden canary still sees nothing.
 */
class OutboundRequestsIT extends EmptyStoreServer {

    static final Canary FORBIDDEN = Canary.serving();
    static final Canary ALLOWED = Canary.redirectingTo(FORBIDDEN.url());

    @DynamicPropertySource
    static void allowlists(DynamicPropertyRegistry registry) {
        registry.add("diplokg.sparql.load-allowlist", () -> ALLOWED.url() + "/");
        registry.add("diplokg.sparql.service-allowlist", () -> ALLOWED.url() + "/");
        registry.add("diplokg.hardening.context-allowlist", () -> ALLOWED.url() + "/");
    }

    @AfterAll
    static void stop() {
        FORBIDDEN.close();
        ALLOWED.close();
    }

    @Test
    void hostileInputNeverReachesTheForbiddenCanary() {
        String bad = FORBIDDEN.url();
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(http.query("SELECT * WHERE { SERVICE <" + bad + "/sparql> { ?s ?p ?o } }", "text/csv"));
        answers.add(http.query("SELECT * WHERE { SERVICE SILENT <" + bad + "/sparql> { ?s ?p ?o } }", "text/csv"));
        answers.add(http.query("SELECT * FROM <" + bad + "/data.ttl> WHERE { ?s ?p ?o }", "text/csv"));
        answers.add(http.update("LOAD <" + bad + "/data.ttl>"));
        answers.add(http.update("LOAD SILENT <" + bad + "/data.ttl> INTO GRAPH <urn:out:load>"));
        answers.add(http.update(
                "INSERT { GRAPH <urn:out:svc> { ?s ?p ?o } } WHERE { SERVICE <" + bad + "/sparql> { ?s ?p ?o } }"));
        answers.add(
                http.update("INSERT DATA { GRAPH <urn:out:iri> { <" + bad + "/s> <" + bad + "/p> <" + bad + "/o> } }"));
        answers.add(put("application/ld+json", "{\"@context\": \"" + bad + "/ctx.jsonld\", \"@id\": \"urn:out:s\"}"));
        answers.add(put(
                "application/ld+json",
                "{\"@context\": {\"@version\": 1.1, \"@import\": \"" + bad
                        + "/imp.jsonld\"}, \"@id\": \"urn:out:s\", \"urn:out:p\": \"x\"}"));
        answers.add(put(
                "application/ld+json",
                "{\"@context\": [\"" + bad
                        + "/a.jsonld\", {\"p\": \"urn:out:p\"}], \"@id\": \"urn:out:s\", \"p\": 1}"));
        answers.add(put(
                "application/rdf+xml",
                "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF SYSTEM \"" + bad + "/rdf.dtd\">"
                        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"));
        answers.add(put(
                "application/rdf+xml",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"" + bad + "/entity\">]>"
                        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"urn:out:\">"
                        + "<rdf:Description rdf:about=\"urn:out:s\"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>"));
        answers.add(put("text/turtle", "@base <" + bad + "/> . <s> <p> <o> ."));
        for (HttpResponse<String> r : answers) {
            assertThat(r.statusCode()).as(r.request().uri() + " " + r.body()).isLessThan(500);
        }
        assertThat(FORBIDDEN.hits())
                .as("requests that reached the forbidden canary")
                .isZero();
    }

    @Test
    void anAllowListedAddressThatRedirectsIsNotFollowed() {
        String allowed = ALLOWED.url();
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(http.update("LOAD <" + allowed + "/data.ttl> INTO GRAPH <urn:out:redirected>"));
        answers.add(http.query("SELECT * WHERE { SERVICE <" + allowed + "/sparql> { ?s ?p ?o } }", "text/csv"));
        answers.add(
                put("application/ld+json", "{\"@context\": \"" + allowed + "/ctx.jsonld\", \"@id\": \"urn:out:r\"}"));
        for (HttpResponse<String> r : answers) {
            assertThat(r.statusCode())
                    .as(r.request().uri() + " " + r.body())
                    .isBetween(400, 599)
                    .isNotEqualTo(500);
        }
        assertThat(ALLOWED.hits()).as("the allow-listed address was asked").isPositive();
        assertThat(FORBIDDEN.hits())
                .as("redirects followed to the forbidden canary")
                .isZero();
        assertThat(http.query("ASK { GRAPH <urn:out:redirected> { ?s ?p ?o } }", "text/csv")
                        .body())
                .contains("false");
    }

    private HttpResponse<String> put(String type, String body) {
        return http.send(http.request("/data?graph=" + HttpTestClient.enc("urn:out:put"))
                .header("Content-Type", type)
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
