package org.diplokg.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.diplokg.support.RemoteStoreServer;
import org.junit.jupiter.api.Test;

/** In remote mode /update is validated before the real Fuseki applies it, or refused when it cannot be. */
class RemoteUpdateValidationIT extends RemoteStoreServer {

    @Test
    void insertDataViolatingTheShapesIsRefusedAndNeverReachesTheRemoteStore() {
        HttpResponse<String> r = http.update("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                INSERT DATA { GRAPH <urn:test:remote-bad> {
                  <urn:test:ok> <urn:test:p> "fine" .
                  <urn:test:stage> a dk:PartnershipStage ; dk:level dk:NoSuchLevel } }""");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(askFuseki("ASK { GRAPH <urn:test:remote-bad> { ?s ?p ?o } }"))
                .isFalse();
    }

    @Test
    void validInsertDataIsApplied() {
        assertThat(http.update("INSERT DATA { GRAPH <urn:test:remote-ok> { <urn:test:a> <urn:test:p> 1 } }")
                        .statusCode())
                .isEqualTo(204);
        assertThat(askFuseki("ASK { GRAPH <urn:test:remote-ok> { <urn:test:a> <urn:test:p> 1 } }"))
                .isTrue();
    }

    @Test
    void updatesWithAWhereClauseAreRefusedBecauseTheyCannotBeValidatedFirst() {
        http.update("INSERT DATA { GRAPH <urn:test:remote-src> { <urn:test:b> <urn:test:p> 2 } }");
        HttpResponse<String> r = http.update("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                INSERT { GRAPH <urn:test:remote-where> { ?s a dk:PartnershipStage ; dk:level dk:NoSuchLevel } }
                WHERE { GRAPH <urn:test:remote-src> { ?s ?p ?o } }""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("cannot be validated");
        assertThat(askFuseki("ASK { GRAPH <urn:test:remote-where> { ?s ?p ?o } }"))
                .isFalse();
        assertThat(http.update("LOAD <http://127.0.0.1:1/x.ttl>").statusCode()).isEqualTo(400);
    }

    @Test
    void deleteDataStillWorks() {
        http.update("INSERT DATA { GRAPH <urn:test:remote-del> { <urn:test:c> <urn:test:p> 3 } }");
        assertThat(http.update("DELETE DATA { GRAPH <urn:test:remote-del> { <urn:test:c> <urn:test:p> 3 } }")
                        .statusCode())
                .isEqualTo(204);
        assertThat(askFuseki("ASK { GRAPH <urn:test:remote-del> { ?s ?p ?o } }"))
                .isFalse();
    }

    /** Asked of Fuseki directly, not through DiploKG. */
    private boolean askFuseki(String ask) {
        HttpResponse<String> r = new org.diplokg.support.HttpTestClient(0)
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                FUSEKI.queryUrl() + "?query=" + org.diplokg.support.HttpTestClient.enc(ask)))
                        .header("Accept", "application/sparql-results+json")
                        .GET());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().contains("true");
    }
}
