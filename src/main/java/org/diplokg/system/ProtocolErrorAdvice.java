package org.diplokg.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.update.UpdateException;
import org.diplokg.hardening.InputRefusedException;
import org.diplokg.hardening.UnexpectedErrors;
import org.diplokg.store.RemoteStoreFailure;
import org.diplokg.store.StoreException;
import org.diplokg.validation.ValidationFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns failures of the SPARQL and Graph Store endpoints into the conventional plain-text error
 * (status plus a message a person can act on); shape violations come back as problem+json
 * with every violation listed. Named by package (not by class) so that this package needs nothing
 * from the protocol package it serves.
 */
@RestControllerAdvice(basePackages = "org.diplokg.sparql")
public class ProtocolErrorAdvice {

    /**
     * Rethrown so it leaves the servlet: the container then closes the connection without the response's end,
     * the only signal left once a streamed answer has begun.
     */
    @ExceptionHandler(AnswerAbortedException.class)
    public void aborted(AnswerAbortedException e) {
        throw e;
    }

    @ExceptionHandler(ProtocolException.class)
    public void protocol(ProtocolException e, HttpServletResponse response) throws IOException {
        text(response, e.status(), e.getMessage());
    }

    @ExceptionHandler(InputRefusedException.class)
    public void refused(InputRefusedException e, HttpServletResponse response) throws IOException {
        text(response, e.status(), e.getMessage());
    }

    /** Anything else: a plain-text answer that never leaks Spring's default body (see {@link UnexpectedErrors}). */
    @ExceptionHandler(Throwable.class)
    public void unexpected(Throwable e, HttpServletResponse response) throws IOException {
        UnexpectedErrors.Answer a = UnexpectedErrors.classify(e);
        text(response, a.status(), a.message());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    public void tooLarge(PayloadTooLargeException e, HttpServletResponse response) throws IOException {
        text(response, 413, e.getMessage());
    }

    @ExceptionHandler(ValidationFailedException.class)
    public ResponseEntity<ProblemDetail> invalid(ValidationFailedException e) {
        return ResponseEntity.status(422)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(e));
    }

    @ExceptionHandler(RemoteStoreFailure.class)
    public void remoteFailed(RemoteStoreFailure e, HttpServletResponse response) throws IOException {
        text(response, 502, e.getMessage());
    }

    @ExceptionHandler({UpdateException.class, StoreException.class})
    public void rejected(RuntimeException e, HttpServletResponse response) throws IOException {
        text(response, 400, e.getMessage());
    }

    public static ProblemDetail problem(ValidationFailedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://w3id.org/diplokg/problems/shacl-violation"));
        problem.setTitle("The data violates the DiploKG shapes");
        List<Map<String, String>> list = e.violations().stream()
                .map(v -> Map.of(
                        "focusNode", v.focusNode(), "path", v.path(), "message", v.message(), "shape", v.shape()))
                .toList();
        problem.setProperty("violations", list);
        return problem;
    }

    static void text(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
