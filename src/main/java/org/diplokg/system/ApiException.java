package org.diplokg.system;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A client error of the JSON API, answered as RFC 9457 {@code application/problem+json}.
 * Throw it from any {@code /api} controller or service with a precise status and detail.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    public ApiException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    public ProblemDetail toProblem() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, getMessage());
        p.setTitle(title);
        p.setType(URI.create("https://w3id.org/diplokg/problems/" + status.value()));
        return p;
    }
}
