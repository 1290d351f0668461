package org.diplokg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.diplokg.support.EmptyStoreServer;
import org.junit.jupiter.api.Test;

/** Without {@code diplokg.security.restrict-reads} the public endpoint stays open: reads need no token. */
class OpenReadsByDefaultIT extends EmptyStoreServer {

    @Test
    void everyReadAnswersWithoutAToken() {
        for (String path : RestrictedReadsIT.READS) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isNotIn(401, 403).isLessThan(500);
        }
        assertThat(http.query("ASK {}", "text/csv").statusCode()).isEqualTo(200);
    }
}
