package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.Test;

/** The server runs unchanged on a remote engine: queries proxy through, writes land there, graphs read back. */
interface RemoteStoreContract {

    HttpTestClient client();

    @Test
    default void answersQueriesFromTheRemoteStoreLoadedFromData() {
        HttpResponse<String> r = client().query("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                SELECT ?label WHERE { GRAPH ?g { <https://w3id.org/diplokg/id/country/VN> <http://www.w3.org/2000/01/rdf-schema#label> ?label } FILTER(lang(?label) = "vi") }""", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Việt Nam");
    }

    @Test
    default void updatesAreAppliedToTheRemoteStore() {
        assertThat(client().update(
                                "INSERT DATA { GRAPH <urn:test:remote> { <urn:test:a> <urn:test:p> \"remote value\" } }")
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> r = client().query(
                        "SELECT ?o WHERE { GRAPH <urn:test:remote> { <urn:test:a> <urn:test:p> ?o } }", "text/csv");
        assertThat(r.body()).contains("remote value");
    }

    @Test
    default void graphStoreReadsComeFromTheRemoteStore() {
        client().update("INSERT DATA { GRAPH <urn:test:gsp> { <urn:test:x> <urn:test:p> 42 } }");
        HttpResponse<String> r = client().get("/data?graph=urn:test:gsp", "Accept", "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<urn:test:x> <urn:test:p> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer>");
        assertThat(client().get("/data?graph=urn:test:absent").statusCode()).isEqualTo(404);
    }
}
