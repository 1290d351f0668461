package org.diplokg.system;

import jakarta.servlet.http.HttpServletRequest;
import org.diplokg.security.AccessDeniedException;
import org.diplokg.security.BearerCheck;
import org.diplokg.security.Caller;
import org.diplokg.security.Scope;
import org.springframework.stereotype.Component;

/**
 * Guards every write (SPARQL Update, Graph Store writes, ingestion, review, administration) with a named,
 * scoped bearer token. No token configured at all: writes are off (403). No or an unknown token: 401. A
 * known token without the needed scope: 403. The caller is left on the request for the audit trail.
 */
@Component
public class WriteAuthorizer {

    private final BearerCheck bearer;

    public WriteAuthorizer(BearerCheck bearer) {
        this.bearer = bearer;
    }

    /** A SPARQL Update or Graph Store write: the {@code write} scope. */
    public Caller check(HttpServletRequest request) {
        return check(request, Scope.WRITE);
    }

    public Caller check(HttpServletRequest request, Scope scope) {
        Caller caller;
        try {
            caller = bearer.require(
                    request.getHeader("Authorization"),
                    scope,
                    "Writes are disabled on this server: no update token is configured (set DIPLOKG_UPDATE_TOKEN)");
        } catch (AccessDeniedException e) {
            throw new ProtocolException(e.status(), e.getMessage());
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return caller;
    }
}
