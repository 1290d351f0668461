package org.diplokg.store;

/** The store could not do what was asked; the message is meant for the user. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
