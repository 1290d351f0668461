package org.diplokg.hardening;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}), used when a request fails outside any controller (an
 * unmapped path, a failure in a filter): RFC 9457 problem details instead of Spring Boot's default
 * {@code {"timestamp",...}} body. Requested directly, {@code /error} is just another missing page.
 */
@RestController
public class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            known = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        String detail = known == HttpStatus.NOT_FOUND
                ? "Nothing here: " + path + " (see / for what this server offers)"
                : known.getReasonPhrase() + ": " + path;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(known, detail);
        try {
            p.setInstance(URI.create(path));
        } catch (IllegalArgumentException e) {
            // a path that is no URI reference is left out
        }
        return ResponseEntity.status(known)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
