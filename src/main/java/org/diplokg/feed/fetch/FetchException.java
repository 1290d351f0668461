package org.diplokg.feed.fetch;

/** Why a URL was not fetched; reported per item, never fatal to a run. */
public final class FetchException extends Exception {

    /** The kinds of refusal and failure a crawl reports. */
    public enum Kind {
        REFUSED,
        HTTP_STATUS,
        TOO_LARGE,
        NOT_ACCEPTED_TYPE,
        TIMEOUT,
        REDIRECTS,
        IO
    }

    private final Kind kind;

    public FetchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
