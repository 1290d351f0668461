package org.diplokg.feed.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The only way feed code reaches the network. Every hop (the URL and each redirect, followed by
 * hand up to a limit) passes the {@link AddressGuard} before a connection is opened; answers are
 * streamed into a size limit, refused by content type before their body is read, and bounded by a
 * connect timeout and a whole-answer read timeout. Conditional GET: validators from an earlier
 * answer make an unchanged resource cost a 304.
 */
public final class SafeFetcher implements AutoCloseable {

    /** What a successful fetch returns; {@code notModified} answers carry no body. */
    public record Response(
            URI url, int status, String contentType, String charset, byte[] body, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    /** ETag and Last-Modified remembered from an earlier answer (either may be null). */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private final HttpClient client;
    private final AddressGuard guard;
    private final FetchLimits limits;

    public SafeFetcher(AddressGuard guard, FetchLimits limits) {
        this.guard = guard;
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(limits.connectTimeout())
                .build();
    }

    /**
     * GETs {@code url}; {@code acceptType} decides from the Content-Type (lower case, without
     * parameters) whether a 2xx body is read at all.
     */
    public Response get(URI url, Validators validators, String accept, Predicate<String> acceptType)
            throws FetchException {
        URI current = url;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            guard.check(current);
            if (!visited.add(current)) {
                throw new FetchException(FetchException.Kind.REDIRECTS, "redirect loop back to " + current);
            }
            HttpResponse<byte[]> r = send(current, validators, accept, acceptType);
            int status = r.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = r.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new FetchException(
                                FetchException.Kind.HTTP_STATUS, "HTTP " + status + " without a Location header"));
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(
                            FetchException.Kind.HTTP_STATUS,
                            "HTTP " + status + " to a malformed Location: " + location);
                }
                continue;
            }
            String type = mediaType(r);
            if (status == 304) {
                return new Response(
                        current, 304, type, null, new byte[0], validators.etag(), validators.lastModified());
            }
            if (status < 200 || status > 299) {
                throw new FetchException(FetchException.Kind.HTTP_STATUS, "HTTP " + status);
            }
            return new Response(
                    current,
                    status,
                    type,
                    charset(r),
                    r.body(),
                    r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null));
        }
        throw new FetchException(FetchException.Kind.REDIRECTS, "more than " + limits.maxRedirects() + " redirects");
    }

    private HttpResponse<byte[]> send(URI uri, Validators validators, String accept, Predicate<String> acceptType)
            throws FetchException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", accept);
        if (validators.etag() != null) {
            b.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            b.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(b.build(), info -> body(info, acceptType));
        try {
            return future.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(
                    FetchException.Kind.TIMEOUT,
                    "no complete answer within " + limits.readTimeout().toMillis() + " ms (read timeout)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.IO, "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            while (c instanceof java.util.concurrent.CompletionException
                    || (c instanceof IOException && c.getCause() instanceof FetchException)) {
                c = c.getCause();
            }
            if (c instanceof FetchException f) {
                throw f;
            }
            if (c instanceof HttpConnectTimeoutException) {
                throw new FetchException(FetchException.Kind.TIMEOUT, "no connection within the connect timeout");
            }
            if (c instanceof HttpTimeoutException) {
                throw new FetchException(
                        FetchException.Kind.TIMEOUT,
                        "no complete answer within " + limits.readTimeout().toMillis() + " ms (read timeout)");
            }
            throw new FetchException(
                    FetchException.Kind.IO,
                    c == null ? e.toString() : c.getClass().getSimpleName() + ": " + c.getMessage());
        }
    }

    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info, Predicate<String> acceptType) {
        int status = info.statusCode();
        if (status < 200 || status > 299) {
            return LimitedBody.upTo(64 * 1024);
        }
        String type = info.headers()
                .firstValue("Content-Type")
                .map(SafeFetcher::mediaType)
                .orElse("");
        if (!acceptType.test(type)) {
            return LimitedBody.refuse(new FetchException(
                    FetchException.Kind.NOT_ACCEPTED_TYPE,
                    "content type " + (type.isEmpty() ? "(none)" : type) + " is not accepted here"));
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > limits.maxBytes()) {
            return LimitedBody.refuse(new FetchException(
                    FetchException.Kind.TOO_LARGE,
                    "answer of " + declared + " bytes is over the limit of " + limits.maxBytes()
                            + " bytes (not downloaded)"));
        }
        return LimitedBody.upTo(limits.maxBytes());
    }

    private static String mediaType(HttpResponse<?> r) {
        return r.headers()
                .firstValue("Content-Type")
                .map(SafeFetcher::mediaType)
                .orElse("");
    }

    private static String charset(HttpResponse<?> r) {
        String header = r.headers().firstValue("Content-Type").orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset=\"?([A-Za-z0-9._-]+)")
                .matcher(header);
        return m.find() ? m.group(1) : null;
    }

    static String mediaType(String header) {
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
