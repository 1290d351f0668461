package org.diplokg.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP listener that counts every request it receives: the server under test must never contact
 * it. It answers with a document worth fetching (RDF, a JSON-LD context), or with a redirect to another
 * address, to prove redirects are not followed. Shared by the tests that stand in for an attacker's server.
 */
public final class Canary implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    private Canary(String redirectTo, String contentType, String document) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            if (redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo + exchange.getRequestURI());
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] body = document.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", contentType);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    /** Answers every request with a small Turtle document. */
    public static Canary serving() {
        return serving("text/turtle", "<urn:canary:s> <urn:canary:p> \"fetched\" .\n");
    }

    /** Answers every request with {@code document} as {@code contentType}. */
    public static Canary serving(String contentType, String document) {
        return new Canary(null, contentType, document);
    }

    public static Canary redirectingTo(String base) {
        return new Canary(base, null, null);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int hits() {
        return hits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
