package org.diplokg.hardening;

import java.nio.charset.CharacterCodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.ErrorResponse;

/**
 * What to answer for a failure no handler expected, so that no response is Spring's default error body:
 * framework errors keep their own status (404, 405, 406...), parameters that are not UTF-8 are a 400,
 * an exhausted heap is a 503, a failed remote endpoint (SERVICE) a 502, and a real bug is a 500 with a short message (the stack goes to the log).
 */
public final class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    private UnexpectedErrors() {}

    public record Answer(int status, String message) {}

    public static Answer classify(Throwable e) {
        if (e instanceof ErrorResponse er) {
            int status = er.getStatusCode().value();
            return new Answer(
                    status,
                    er.getBody().getDetail() == null
                            ? e.getMessage()
                            : er.getBody().getDetail());
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof InputRefusedException r) {
                return new Answer(r.status(), r.getMessage());
            }
            if (c instanceof CharacterCodingException) {
                return new Answer(400, "A request parameter is not valid UTF-8");
            }
            if (c instanceof OutOfMemoryError || c instanceof StackOverflowError) {
                log.warn("Request refused: {}", c.toString());
                return new Answer(
                        503,
                        "The request needed more memory or stack than the server allows; simplify it or retry later");
            }
            if (c instanceof StringLimitException s) {
                return new Answer(503, s.getMessage());
            }
            if (c instanceof org.apache.jena.atlas.web.HttpException
                    || c instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP) {
                // an allow-listed SERVICE endpoint that failed, refused or redirected: not our bug
                log.warn("Outbound request failed: {}", c.toString());
                return new Answer(502, "A remote endpoint named in the request failed: " + c.getMessage());
            }
        }
        log.error("Unexpected failure", e);
        return new Answer(500, "Internal error: " + e.getClass().getSimpleName() + " (details in the server log)");
    }
}
