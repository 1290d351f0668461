package org.diplokg.security;

import java.util.Set;

/**
 * The authenticated holder of a token: its configured name (what the audit trail and review decisions
 * record as "who") and what it may do. The token itself is never kept.
 */
public record Caller(String name, Set<Scope> scopes) {

    /** Request attribute holding the {@link Caller} once a request is authorised. */
    public static final String ATTRIBUTE = "diplokg.caller";

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(Scope scope) {
        return scopes.contains(scope);
    }
}
