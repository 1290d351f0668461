package org.diplokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.diplokg.support.EmptyStoreServer;
import org.junit.jupiter.api.Test;

class SparqlRoundTripIT extends EmptyStoreServer {

    @Test
    void insertedTriplesInNamedGraphAreVisibleInTheUnionDefaultGraph() {
        HttpResponse<String> update =
                http.update("INSERT DATA { GRAPH <urn:test:roundtrip> { <urn:test:s> <urn:test:p> \"v\" } }");
        assertThat(update.statusCode()).isEqualTo(204);

        HttpResponse<String> result = http.query("SELECT ?o WHERE { <urn:test:s> <urn:test:p> ?o }", "text/csv");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/csv"));
        assertThat(result.body()).isEqualToNormalizingNewlines("o\r\nv\r\n".replace("\r", ""));
    }
}
