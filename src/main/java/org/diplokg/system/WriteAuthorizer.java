package org.diplokg.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/**
 * Guards every write (SPARQL Update, Graph Store writes, ingestion) with a bearer token. With no
 * token configured, writes are off.
 */
@Component
public class WriteAuthorizer {

    private final String token;

    public WriteAuthorizer(WriteProperties properties) {
        this.token = properties.writesEnabled() ? properties.updateToken() : null;
    }

    public void check(HttpServletRequest request) {
        if (token == null) {
            throw new ProtocolException(403, "Writes are disabled on this server: no update token is configured (set DIPLOKG_UPDATE_TOKEN)");
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ProtocolException(401, "Writes need 'Authorization: Bearer <token>'");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            throw new ProtocolException(401, "The bearer token is not valid");
        }
    }
}
