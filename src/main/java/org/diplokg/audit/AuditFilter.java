package org.diplokg.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.diplokg.security.Caller;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brackets each non-GET request so that the commits it makes are gathered on its thread and recorded
 * once it has answered, with the caller the authoriser left on the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class AuditFilter extends OncePerRequestFilter {

    private final AuditTrail trail;

    public AuditFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        trail.begin();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            trail.end(
                    (Caller) request.getAttribute(Caller.ATTRIBUTE),
                    request.getMethod(),
                    request.getRequestURI(),
                    status);
        }
    }
}
