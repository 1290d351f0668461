package org.diplokg.errors;

/**
 * A request a service refuses: the thing asked for does not exist, the request is malformed, or it
 * conflicts with the current state. It says what kind of refusal it is and nothing about HTTP, so that
 * services stay free of web types; the error mapping in {@code system} turns the kind into a status, and
 * the CLI prints the message.
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal; the error mapping gives each its status. */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        CONFLICT,
        /** The server cannot do it as configured (e.g. too little memory for the store's size); a 503. */
        UNAVAILABLE
    }

    private final Kind kind;

    public DomainException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static DomainException notFound(String message) {
        return new DomainException(Kind.NOT_FOUND, message);
    }

    public static DomainException invalid(String message) {
        return new DomainException(Kind.INVALID, message);
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message);
    }

    public static DomainException unavailable(String message) {
        return new DomainException(Kind.UNAVAILABLE, message);
    }

    public Kind kind() {
        return kind;
    }
}
