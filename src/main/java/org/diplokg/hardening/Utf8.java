package org.diplokg.hardening;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: the JDK decoder refuses overlong forms (C0 BC), encoded surrogates (ED A0 80), truncated
 * sequences and bytes that never occur in UTF-8. RDF parsers are more lenient, so bodies are checked here first.
 */
public final class Utf8 {

    private Utf8() {}

    /** Decodes the bytes or refuses them with 400, naming the byte offset of the first bad sequence. */
    public static String decode(byte[] bytes, String what) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            throw InputRefusedException.badRequest(
                    what + " is not valid UTF-8 (bad byte sequence near offset " + in.position() + ")");
        }
    }

    /** Refuses bytes that are not valid UTF-8. */
    public static void check(byte[] bytes, String what) {
        decode(bytes, what);
    }

    /**
     * Refuses a percent-encoded form or query string whose decoded bytes are not UTF-8. Servlet containers
     * replace such bytes with U+FFFD silently, so the raw text is checked before the parameters are read.
     */
    public static void checkPercentEncoded(String raw, String what) {
        if (raw == null || raw.indexOf('%') < 0) {
            return;
        }
        for (String pair : raw.split("&")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pair.length());
            for (int i = 0; i < pair.length(); i++) {
                char c = pair.charAt(i);
                if (c == '%' && i + 2 < pair.length()) {
                    out.write(hex(pair, i));
                    i += 2;
                } else if (c == '+') {
                    out.write(' ');
                } else {
                    byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                }
            }
            check(out.toByteArray(), what);
        }
    }

    private static int hex(String s, int percent) {
        int hi = Character.digit(s.charAt(percent + 1), 16);
        int lo = Character.digit(s.charAt(percent + 2), 16);
        if (hi < 0 || lo < 0) {
            throw InputRefusedException.badRequest(
                    "Malformed percent-encoding at '" + s.substring(percent, percent + 3) + "'");
        }
        return hi * 16 + lo;
    }
}
