package org.diplokg.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP listener that counts every request it receives: the server under test must never contact
 * it. Optionally it answers with a redirect to another address, to prove redirects are not followed.
 */
final class Canary implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    private Canary(String redirectTo) {
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
                byte[] body = "<urn:canary:s> <urn:canary:p> \"fetched\" .\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    static Canary serving() {
        return new Canary(null);
    }

    static Canary redirectingTo(String base) {
        return new Canary(base);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int hits() {
        return hits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
