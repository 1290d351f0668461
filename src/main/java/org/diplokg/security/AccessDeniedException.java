package org.diplokg.security;

/**
 * A request without the token a scope needs: 401 (no or an unknown token) or 403 (no token configured, or
 * the token lacks the scope). Each endpoint family turns it into its own error format. Standalone because
 * a kernel package may not lean on another (see ArchitectureTest).
 */
public class AccessDeniedException extends RuntimeException {

    private final int status;

    public AccessDeniedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
