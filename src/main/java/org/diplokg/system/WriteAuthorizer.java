package org.diplokg.system;

import jakarta.servlet.http.HttpServletRequest;
import org.diplokg.security.Caller;
import org.diplokg.security.Scope;
import org.diplokg.security.TokenRegistry;
import org.springframework.stereotype.Component;

/**
 * Guards every write (SPARQL Update, Graph Store writes, ingestion, review, administration) with a named,
 * scoped bearer token. No token configured at all: writes are off (403). No or an unknown token: 401. A
 * known token without the needed scope: 403. The caller is left on the request for the audit trail.
 */
@Component
public class WriteAuthorizer {

    private final TokenRegistry tokens;

    public WriteAuthorizer(TokenRegistry tokens) {
        this.tokens = tokens;
    }

    /** A SPARQL Update or Graph Store write: the {@code write} scope. */
    public Caller check(HttpServletRequest request) {
        return check(request, Scope.WRITE);
    }

    public Caller check(HttpServletRequest request, Scope scope) {
        if (!tokens.anyConfigured()) {
            throw new ProtocolException(
                    403,
                    "Writes are disabled on this server: no update token is configured (set DIPLOKG_UPDATE_TOKEN)");
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ProtocolException(
                    401, "This needs 'Authorization: Bearer <token>' (scope " + scope.label() + ")");
        }
        Caller caller = tokens.authenticate(header.substring(7).trim())
                .orElseThrow(() -> new ProtocolException(401, "The bearer token is not valid"));
        if (!caller.may(scope)) {
            throw new ProtocolException(
                    403, "The token '" + caller.name() + "' does not have the '" + scope.label() + "' scope");
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return caller;
    }
}
