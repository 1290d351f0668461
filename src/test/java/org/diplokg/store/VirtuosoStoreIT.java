package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.VirtuosoStoreServer;
import org.junit.jupiter.api.Test;

/**
 * The remote-store contract on a real Virtuoso, plus what Virtuoso does differently: blank nodes in
 * {@code INSERT DATA} (which it refuses) and a store that is never empty (its own system graphs).
 */
class VirtuosoStoreIT extends VirtuosoStoreServer implements RemoteStoreContract {

    @Override
    public HttpTestClient client() {
        return http;
    }

    @Test
    void dataIsLoadedAlthoughVirtuosoHoldsSystemGraphs() {
        HttpResponse<String> r = http.query(
                "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a <https://w3id.org/diplokg/ontology#Person> } }",
                "text/csv");
        assertThat(Integer.parseInt(
                        r.body().lines().skip(1).findFirst().orElse("0").trim()))
                .isGreaterThan(100);
    }

    @Test
    void blankNodesInInsertDataKeepTheirIdentityWithinTheRequest() {
        assertThat(http.update("INSERT DATA { GRAPH <urn:test:bnodes> { <urn:test:a> <urn:test:p> _:x . "
                                + "_:x <urn:test:q> \"one\" . _:x <urn:test:r> _:y . _:y <urn:test:q> \"two\" } }")
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> r = http.query(
                "SELECT ?one ?two WHERE { GRAPH <urn:test:bnodes> { <urn:test:a> <urn:test:p> ?x . "
                        + "?x <urn:test:q> ?one ; <urn:test:r> ?y . ?y <urn:test:q> ?two FILTER(isBlank(?x)) } }",
                "text/csv");
        assertThat(r.body().lines().skip(1).toList()).containsExactly("one,two");
    }
}
