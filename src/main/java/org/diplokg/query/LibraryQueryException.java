package org.diplokg.query;

import org.diplokg.errors.DomainException;

/**
 * A library query request that cannot be answered as asked: no such query, or a parameter that is
 * unknown, missing or malformed. A domain exception (no HTTP in it), so that the CLI and the HTTP
 * error mapping each report it their own way.
 */
public class LibraryQueryException extends DomainException {

    private LibraryQueryException(String message, boolean unknownQuery) {
        super(unknownQuery ? Kind.NOT_FOUND : Kind.INVALID, message);
    }

    /** There is no library query of that name. */
    public static LibraryQueryException unknownQuery(String message) {
        return new LibraryQueryException(message, true);
    }

    /** A parameter (including {@code limit} and {@code offset}) is unknown, missing or malformed. */
    public static LibraryQueryException badParameter(String message) {
        return new LibraryQueryException(message, false);
    }

    public boolean unknownQuery() {
        return kind() == Kind.NOT_FOUND;
    }
}
