package org.diplokg.system;

import org.diplokg.errors.DomainException;
import org.diplokg.hardening.InputRefusedException;
import org.diplokg.hardening.UnexpectedErrors;
import org.diplokg.store.RemoteStoreFailure;
import org.diplokg.validation.ValidationFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for every JSON API controller (those under {@code /api}). Controllers
 * of the SPARQL protocol keep plain-text errors ({@link ProtocolErrorAdvice}).
 */
@RestControllerAdvice(
        basePackages = {
            "org.diplokg.query",
            "org.diplokg.extract",
            "org.diplokg.graph",
            "org.diplokg.search",
            "org.diplokg.linkeddata",
            "org.diplokg.audit",
            "org.diplokg.review",
            "org.diplokg.backup",
            "org.diplokg.feed"
        })
public class ApiErrorAdvice {

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ProblemDetail> api(ApiException e) {
        return answer(e.toProblem());
    }

    /** A service's refusal (unknown item, bad parameter, conflict), by its kind. */
    @ExceptionHandler(DomainException.class)
    public ResponseEntity<ProblemDetail> domain(DomainException e) {
        return answer(ApiException.of(e).toProblem());
    }

    @ExceptionHandler(ProtocolException.class)
    public ResponseEntity<ProblemDetail> protocol(ProtocolException e) {
        return answer(e.status(), e.getMessage());
    }

    @ExceptionHandler(ValidationFailedException.class)
    public ResponseEntity<ProblemDetail> invalid(ValidationFailedException e) {
        return answer(ProtocolErrorAdvice.problem(e));
    }

    @ExceptionHandler(InputRefusedException.class)
    public ResponseEntity<ProblemDetail> refused(InputRefusedException e) {
        return answer(e.status(), e.getMessage());
    }

    /** Anything else: problem+json, never Spring's default body (see {@link UnexpectedErrors}). */
    @ExceptionHandler(Throwable.class)
    public ResponseEntity<ProblemDetail> unexpected(Throwable e) {
        UnexpectedErrors.Answer a = UnexpectedErrors.classify(e);
        return answer(a.status(), a.message());
    }

    @ExceptionHandler(RemoteStoreFailure.class)
    public ResponseEntity<ProblemDetail> remoteFailed(RemoteStoreFailure e) {
        return answer(HttpStatus.BAD_GATEWAY.value(), e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    public ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE.value(), e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> answer(int status, String detail) {
        return answer(ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
