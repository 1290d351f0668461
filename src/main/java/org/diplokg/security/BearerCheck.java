package org.diplokg.security;

import org.springframework.stereotype.Component;

/**
 * The one rule for "this needs a token with that scope", shared by the write guard and the read guard so that
 * both answer the same statuses and messages: no token configured at all 403, no or an unknown bearer token
 * 401, a known token without the scope 403.
 */
@Component
public class BearerCheck {

    private final TokenRegistry tokens;

    public BearerCheck(TokenRegistry tokens) {
        this.tokens = tokens;
    }

    /**
     * @param authorization the request's {@code Authorization} header, or null
     * @param disabled      the message when no token is configured at all (what is switched off)
     */
    public Caller require(String authorization, Scope scope, String disabled) {
        if (!tokens.anyConfigured()) {
            throw new AccessDeniedException(403, disabled);
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AccessDeniedException(
                    401, "This needs 'Authorization: Bearer <token>' (scope " + scope.label() + ")");
        }
        Caller caller = tokens.authenticate(authorization.substring(7).trim())
                .orElseThrow(() -> new AccessDeniedException(401, "The bearer token is not valid"));
        if (!caller.may(scope)) {
            throw new AccessDeniedException(
                    403, "The token '" + caller.name() + "' does not have the '" + scope.label() + "' scope");
        }
        return caller;
    }
}
