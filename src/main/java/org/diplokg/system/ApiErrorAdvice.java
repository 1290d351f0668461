package org.diplokg.system;

import org.diplokg.hardening.InputRefusedException;
import org.diplokg.hardening.UnexpectedErrors;
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
            "org.diplokg.backup"
        })
public class ApiErrorAdvice {

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail p = e.toProblem();
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @ExceptionHandler(ProtocolException.class)
    public ResponseEntity<ProblemDetail> protocol(ProtocolException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @ExceptionHandler(ValidationFailedException.class)
    public ResponseEntity<ProblemDetail> invalid(ValidationFailedException e) {
        return ResponseEntity.status(422)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProtocolErrorAdvice.problem(e));
    }

    @ExceptionHandler(InputRefusedException.class)
    public ResponseEntity<ProblemDetail> refused(InputRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    /** Anything else: problem+json, never Spring's default body (see {@link UnexpectedErrors}). */
    @ExceptionHandler(Throwable.class)
    public ResponseEntity<ProblemDetail> unexpected(Throwable e) {
        UnexpectedErrors.Answer a = UnexpectedErrors.classify(e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(a.status()), a.message());
        return ResponseEntity.status(a.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    public ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        return ResponseEntity.status(413)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
