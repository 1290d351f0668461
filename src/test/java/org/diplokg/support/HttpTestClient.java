package org.diplokg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A small real HTTP client for integration tests: plain java.net.http against 127.0.0.1. */
public final class HttpTestClient {

    public static final String TOKEN = "test-token";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    public HttpTestClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String base() {
        return base;
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = request(pathAndQuery).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    /**
     * GETs {@code pathAndQuery} every 100 ms, each answer 200, until its body passes {@code until}; returns that body,
     * or fails with the last one after {@code timeout}. For state the server reaches in the background.
     */
    public String awaitBody(String pathAndQuery, Predicate<String> until, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(pathAndQuery);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + pathAndQuery + ": " + r.statusCode() + " " + r.body());
            }
            body = r.body();
            if (until.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("GET " + pathAndQuery + " never reached the expected state: " + body);
    }

    /** GET /sparql?query=... with the given Accept header (null for none). */
    public HttpResponse<String> query(String sparql, String accept) {
        HttpRequest.Builder b = request("/sparql?query=" + enc(sparql)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b);
    }

    /** POST /update as application/sparql-update with the test token. */
    public HttpResponse<String> update(String sparqlUpdate) {
        return updateAs(TOKEN, sparqlUpdate);
    }

    /** POST /update as application/sparql-update with {@code token} as bearer (null: no Authorization header). */
    public HttpResponse<String> updateAs(String token, String sparqlUpdate) {
        return send(bearer(
                request("/update")
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate, StandardCharsets.UTF_8)),
                token));
    }

    /** PUT {@code body} as {@code contentType} with {@code token} as bearer (null: no Authorization header). */
    public HttpResponse<String> putAs(String token, String pathAndQuery, String contentType, String body) {
        return send(bearer(
                request(pathAndQuery)
                        .header("Content-Type", contentType)
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                token));
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Percent-encodes raw bytes (which need not be UTF-8): letters and digits as they are, every other byte %XX. */
    public static String percent(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                s.append((char) c);
            } else {
                s.append('%').append(String.format("%02X", c));
            }
        }
        return s.toString();
    }
}
