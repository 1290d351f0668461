package org.diplokg.bench.engines;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/** One blocking GET to a SPARQL endpoint with keep-alive (HttpURLConnection: little client-side CPU per request). */
final class SparqlHttp {

    /** Status, content type and body of one answer; status 0 when the request failed before an answer. */
    record Reply(int status, String contentType, byte[] body, String failure) {
        boolean ok() {
            return status == 200;
        }

        String problem() {
            if (failure != null) {
                return failure;
            }
            String text = new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8);
            return "HTTP " + status + ": " + text.replaceAll("\\s+", " ").trim();
        }
    }

    private final int timeoutMillis;

    SparqlHttp(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    Reply get(String url, String accept) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(timeoutMillis);
            c.setReadTimeout(timeoutMillis);
            c.setRequestProperty("Accept", accept);
            int status = c.getResponseCode();
            InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
            byte[] body = in == null ? new byte[0] : in.readAllBytes();
            if (in != null) {
                in.close();
            }
            return new Reply(status, c.getContentType(), body, null);
        } catch (IOException | RuntimeException e) {
            return new Reply(0, null, new byte[0], e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
