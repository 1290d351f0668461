package org.diplokg.system;

import java.net.URI;
import org.diplokg.errors.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A client error of the JSON API, answered as RFC 9457 {@code application/problem+json}.
 * Thrown by {@code /api} controllers only; services throw {@link DomainException}, mapped here by {@link #of}.
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

    /** A service's refusal as the API answers it: 404, 400, 409 or 503 by its kind. */
    public static ApiException of(DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> notFound(e.getMessage());
            case INVALID -> badRequest(e.getMessage());
            case CONFLICT -> new ApiException(HttpStatus.CONFLICT, "Conflict", e.getMessage());
            case UNAVAILABLE -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", e.getMessage());
        };
    }

    public ProblemDetail toProblem() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, getMessage());
        p.setTitle(title);
        p.setType(URI.create("https://w3id.org/diplokg/problems/" + status.value()));
        return p;
    }
}
