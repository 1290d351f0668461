package org.diplokg.system;

/**
 * An answer that failed after its first bytes were sent (a time-out or a store error in the middle of a streamed
 * SELECT). The status line is gone, so no error message can be sent: the server closes the connection without ending
 * the response, and the client sees an incomplete answer instead of a well-formed short one.
 */
public class AnswerAbortedException extends RuntimeException {

    public AnswerAbortedException(Throwable cause) {
        super("Answer aborted after it was committed: " + cause, cause);
    }
}
