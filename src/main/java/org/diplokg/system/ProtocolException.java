package org.diplokg.system;

/**
 * A SPARQL protocol error answered as a plain-text message with the given HTTP status, the way
 * SPARQL endpoints conventionally report them.
 */
public class ProtocolException extends RuntimeException {

    private final int status;

    public ProtocolException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ProtocolException badRequest(String message) {
        return new ProtocolException(400, message);
    }
}
