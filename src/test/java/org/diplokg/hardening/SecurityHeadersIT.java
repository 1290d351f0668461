package org.diplokg.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.diplokg.support.EmptyStoreServer;
import org.junit.jupiter.api.Test;

/** Pages carry a CSP allowing only this server's scripts, nosniff and no framing; cross-origin writes are off. */
class SecurityHeadersIT extends EmptyStoreServer {

    @Test
    void htmlPagesCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/graph.html", "/ontology"}) {
            HttpResponse<String> r = http.get(path, "Accept", "text/html");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.body()).as(path + " has no inline script").doesNotContainPattern("<script>[^<]");
        }
    }

    @Test
    void aCrossOriginWritePreflightIsRefused() {
        HttpResponse<String> r = http.send(http.request("/update")
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }
}
