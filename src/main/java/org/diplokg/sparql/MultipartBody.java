package org.diplokg.sparql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.diplokg.system.ProtocolException;

/**
 * Splits a {@code multipart/form-data} body into its parts, for Graph Store POSTs that send
 * several RDF documents at once (each part with its own Content-Type).
 */
final class MultipartBody {

    record Part(String contentType, byte[] body) {}

    private MultipartBody() {}

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw ProtocolException.badRequest("Malformed multipart body: boundary not found");
        }
        while (true) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts; // closing delimiter
            }
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw ProtocolException.badRequest("Malformed multipart body: missing closing boundary");
            }
            byte[] chunk = Arrays.copyOfRange(body, skipLineEnd(body, start), trimLineEnd(body, next));
            int headerEnd = indexOf(chunk, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            int sep = 4;
            if (headerEnd < 0) {
                headerEnd = indexOf(chunk, "\n\n".getBytes(StandardCharsets.ISO_8859_1), 0);
                sep = 2;
            }
            if (headerEnd < 0) {
                throw ProtocolException.badRequest("Malformed multipart body: part without headers");
            }
            String contentType = null;
            for (String line : new String(chunk, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0
                        && line.substring(0, colon)
                                .trim()
                                .toLowerCase(Locale.ROOT)
                                .equals("content-type")) {
                    contentType = line.substring(colon + 1).trim();
                }
            }
            parts.add(new Part(contentType, Arrays.copyOfRange(chunk, headerEnd + sep, chunk.length)));
            pos = next;
        }
    }

    private static int skipLineEnd(byte[] b, int i) {
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }

    private static int trimLineEnd(byte[] b, int end) {
        if (end > 0 && b[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && b[end - 1] == '\r') {
            end--;
        }
        return end;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
