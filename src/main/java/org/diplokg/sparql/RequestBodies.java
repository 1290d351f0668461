package org.diplokg.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.diplokg.system.ProtocolException;
import org.springframework.http.MediaType;

/** Reads request bodies the way the protocol wants: UTF-8 only, decoded strictly. */
public final class RequestBodies {

    private RequestBodies() {}

    /** The request's media type without parameters, or null when there is no Content-Type. */
    public static MediaType mediaType(HttpServletRequest request) {
        String ct = request.getContentType();
        if (ct == null || ct.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(ct);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(415, "Malformed Content-Type: " + ct);
        }
    }

    public static String utf8Body(HttpServletRequest request) throws IOException {
        MediaType type = mediaType(request);
        if (type != null && type.getCharset() != null && !type.getCharset().equals(StandardCharsets.UTF_8)) {
            throw new ProtocolException(
                    415,
                    "Only UTF-8 request bodies are accepted, not "
                            + type.getCharset().name().toLowerCase(Locale.ROOT));
        }
        byte[] bytes = request.getInputStream().readAllBytes();
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProtocolException.badRequest("The request body is not valid UTF-8");
        }
    }

    /** The single value of a parameter; several values are a client error. */
    public static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw ProtocolException.badRequest(
                    "Parameter '" + name + "' given " + values.length + " times; give it once");
        }
        return values[0];
    }

    public static java.util.List<String> all(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? java.util.List.of() : java.util.List.of(values);
    }
}
