package org.diplokg.hardening;

/**
 * Input refused before it could do harm: too deep, not UTF-8, naming a remote document, or over a limit.
 * Carries the HTTP status to answer with; the message names the limit or the offending part.
 */
public class InputRefusedException extends RuntimeException {

    private final int status;

    public InputRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static InputRefusedException badRequest(String message) {
        return new InputRefusedException(400, message);
    }
}
