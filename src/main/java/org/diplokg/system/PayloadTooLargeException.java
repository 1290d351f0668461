package org.diplokg.system;

/** The request body is over the configured limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds the limit of " + limit + " bytes");
    }
}
