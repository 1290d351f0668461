package org.diplokg.web;

/** The request body is over the configured limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds the limit of " + limit + " bytes");
    }
}
