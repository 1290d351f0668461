package org.diplokg.hardening;

/** A query tried to build a string longer than {@code diplokg.hardening.max-string-length}; answered 503. */
public class StringLimitException extends InputRefusedException {

    public StringLimitException(String message) {
        super(503, message);
    }
}
