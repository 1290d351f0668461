package org.diplokg.hardening;

import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.http.HttpEnv;
import org.springframework.stereotype.Component;

/**
 * Outbound HTTP that the server makes on a client's behalf (LOAD, SERVICE, allow-listed JSON-LD contexts)
 * never follows a redirect. The allow-lists are checked on the IRI the client named; Jena's default client
 * follows every redirect ({@code Redirect.ALWAYS}), so an allow-listed address answering 302 could send the
 * server anywhere, including to addresses inside the network. A redirect is answered as the failure it is.
 * Jena keeps its default client in a static; this replaces it once, at start-up, for the whole server.
 */
@Component
public class NoRedirects {

    /** The client for every outbound fetch: no redirects, a bounded connect time. */
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public NoRedirects() {
        HttpEnv.setDftHttpClient(CLIENT);
    }
}
