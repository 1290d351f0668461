package org.diplokg.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a token, the form in which tokens are configured and compared. */
public final class TokenHash {

    private TokenHash() {}

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** Parses a configured hex hash; anything but 64 hex digits is a configuration error. */
    public static byte[] parse(String hex, String tokenName) {
        if (hex == null || !hex.trim().matches("(?i)[0-9a-f]{64}")) {
            throw new IllegalArgumentException(
                    "Token '" + tokenName + "': sha256 must be 64 hex digits (see 'diplokg hash-token')");
        }
        return HexFormat.of().parseHex(hex.trim().toLowerCase(java.util.Locale.ROOT));
    }
}
