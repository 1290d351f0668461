package org.diplokg.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 serving the feed fixtures of {@code src/test/resources/feed/}
 * (plus generated pages for the benchmark), with conditional GET on the Atom feed and the
 * articles, and the failure cases a crawler meets: 404, 500, a slow page, an endless page, a
 * redirect loop, redirects to private addresses, a PDF. A second server on 127.0.0.2 stands for a
 * private host: it counts every request it receives, which must stay zero.
 */
public final class FeedFixtureServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Hit(String path, int status, String userAgent) {}

    private final HttpServer server;
    private final HttpServer privateServer;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final List<String> privateHits = new CopyOnWriteArrayList<>();
    private final Map<String, String> overrides = new ConcurrentHashMap<>();
    private final long slowMillis;

    public FeedFixtureServer(long slowMillis) {
        this.slowMillis = slowMillis;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            privateServer = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        privateServer.createContext("/", ex -> {
            privateHits.add(ex.getRequestURI().toString());
            send(
                    ex,
                    200,
                    "text/html",
                    "<html><body><p>private</p></body></html>".getBytes(StandardCharsets.UTF_8),
                    Map.of());
        });
        privateServer.setExecutor(executor);
        server.start();
        privateServer.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public void clearHits() {
        hits.clear();
    }

    public List<String> privateHits() {
        return List.copyOf(privateHits);
    }

    /** Serves {@code html} at {@code /news/NAME} from now on, with a new ETag. */
    public void replace(String name, String html) {
        overrides.put(name, html);
    }

    public static String fixture(String name) {
        try (InputStream in = FeedFixtureServer.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String ua = ex.getRequestHeaders().getFirst("User-Agent");
        int status = route(ex, path);
        hits.add(new Hit(path, status, ua));
    }

    private int route(HttpExchange ex, String path) throws IOException {
        switch (path) {
            case "/robots.txt" -> {
                return send(ex, 200, "text/plain", fixture("robots.txt"), Map.of());
            }
            case "/atom.xml" -> {
                return conditional(
                        ex, "application/atom+xml", fixture("atom.xml").replace("{{base}}", base()), "\"atom-1\"");
            }
            case "/rss.xml", "/sitemap-index.xml", "/sitemap-news.xml", "/malformed.xml" -> {
                return send(
                        ex,
                        200,
                        path.startsWith("/rss") ? "application/rss+xml" : "application/xml",
                        fixture(path.substring(1)).replace("{{base}}", base()),
                        Map.of());
            }
            case "/news/slow.html" -> {
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return send(ex, 200, "text/html", fixture("a1.html"), Map.of());
            }
            case "/news/huge.html" -> {
                return endless(ex);
            }
            case "/news/loop-a.html" -> {
                return redirect(ex, "/news/loop-b.html");
            }
            case "/news/loop-b.html" -> {
                return redirect(ex, base() + "/news/loop-a.html");
            }
            case "/news/to-private.html" -> {
                return redirect(
                        ex, "http://127.0.0.2:" + privateServer.getAddress().getPort() + "/news/a1.html");
            }
            case "/news/to-ten.html" -> {
                return redirect(ex, "http://10.0.0.1/news/a1.html");
            }
            case "/news/report.pdf" -> {
                return send(ex, 200, "application/pdf", "%PDF-1.4 not an article", Map.of());
            }
            case "/news/broken.html" -> {
                return send(ex, 500, "text/plain", "internal error", Map.of());
            }
            case "/private/secret.html" -> {
                return send(ex, 200, "text/html", fixture("secret.html"), Map.of());
            }
            case "/bench/feed.xml" -> {
                return send(
                        ex,
                        200,
                        "application/rss+xml",
                        benchFeed(Integer.parseInt(query(ex, "from", "0")), Integer.parseInt(query(ex, "n", "100"))),
                        Map.of());
            }
            default -> {
                if (path.startsWith("/news/a") && path.endsWith(".html")) {
                    String name = path.substring("/news/".length());
                    String html = overrides.getOrDefault(name, fixture(name));
                    return conditional(
                            ex,
                            "text/html; charset=utf-8",
                            html,
                            "\"" + name + "-" + Integer.toHexString(html.hashCode()) + "\"");
                }
                if (path.startsWith("/bench/item-")) {
                    int i = Integer.parseInt(path.replaceAll("\\D", ""));
                    String html = fixture("a" + (i % 4 + 1) + ".html")
                            .replace("</article>", "<p>Bản tin thử số " + i + ".</p></article>")
                            .replace("</main>", "<p>Bản tin thử số " + i + ".</p></main>")
                            .replace(
                                    "<div class=\"tin-lien-quan\">",
                                    "<p>Bản tin thử số " + i + ".</p><div class=\"tin-lien-quan\">");
                    return send(ex, 200, "text/html; charset=utf-8", html, Map.of());
                }
                return send(ex, 404, "text/plain", "not found", Map.of());
            }
        }
    }

    private String benchFeed(int from, int n) {
        StringBuilder s = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>bench</title><link>")
                .append(base())
                .append("/</link><description>bench</description>");
        for (int i = from; i < from + n; i++) {
            s.append("<item><title>item ")
                    .append(i)
                    .append("</title><link>")
                    .append(base())
                    .append("/bench/item-")
                    .append(i)
                    .append(".html</link></item>");
        }
        return s.append("</channel></rss>").toString();
    }

    private static String query(HttpExchange ex, String key, String fallback) {
        String q = ex.getRequestURI().getQuery();
        if (q != null) {
            for (String part : q.split("&")) {
                if (part.startsWith(key + "=")) {
                    return part.substring(key.length() + 1);
                }
            }
        }
        return fallback;
    }

    private int conditional(HttpExchange ex, String type, String body, String etag) throws IOException {
        String lastModified = "Tue, 08 Apr 2025 03:00:00 GMT";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.getResponseHeaders().add("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return 304;
        }
        return send(ex, 200, type, body, Map.of("ETag", etag, "Last-Modified", lastModified));
    }

    private int redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
        return 302;
    }

    /** An HTML answer without Content-Length that never ends: only a streaming size limit stops it. */
    private int endless(HttpExchange ex) {
        try (OutputStream out = ex.getResponseBody()) {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>Nội dung lặp lại để làm trang quá lớn.</p>\n"
                    .repeat(200)
                    .getBytes(StandardCharsets.UTF_8);
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
            }
        } catch (IOException e) {
            // the client hung up, as it should
        }
        return 200;
    }

    private static int send(HttpExchange ex, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        return send(ex, status, type, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static int send(HttpExchange ex, int status, String type, byte[] body, Map<String, String> headers)
            throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
        return status;
    }

    @Override
    public void close() {
        server.stop(0);
        privateServer.stop(0);
        executor.shutdownNow();
    }
}
