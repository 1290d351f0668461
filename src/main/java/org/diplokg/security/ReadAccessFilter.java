package org.diplokg.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code diplokg.security.restrict-reads=true}, every read of the data needs a token with the {@code read}
 * scope: queries ({@code /sparql}, any method), Graph Store reads ({@code /data} GET/HEAD), the JSON API's reads
 * ({@code /api/**} GET/HEAD), dumps, entity descriptions ({@code /id/**}) and the dataset description. Checked
 * in one filter before any controller, so no read endpoint can forget it. Off by default: the public endpoint
 * stays open. Static pages, the ontology and the JSON-LD context stay public either way (they hold no data).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class ReadAccessFilter extends OncePerRequestFilter {

    private final boolean restrict;
    private final BearerCheck bearer;

    public ReadAccessFilter(SecurityProperties security, BearerCheck bearer) {
        this.restrict = security.restrictReads();
        this.bearer = bearer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !restrict || !isDataRead(request.getMethod(), request.getRequestURI());
    }

    /** Whether the request reads the data (writes are guarded by their own scopes). */
    static boolean isDataRead(String method, String path) {
        if ("OPTIONS".equals(method)) {
            return false;
        }
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        return under(path, "/sparql")
                || (get && (under(path, "/data") || under(path, "/api")))
                || under(path, "/dumps")
                || under(path, "/id")
                || path.startsWith("/.well-known/void");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.setAttribute(
                    Caller.ATTRIBUTE,
                    bearer.require(
                            request.getHeader("Authorization"),
                            Scope.READ,
                            "Reads are restricted on this server (diplokg.security.restrict-reads) and no token is configured"));
        } catch (AccessDeniedException e) {
            refuse(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Plain text like the SPARQL endpoints, problem+json on the JSON API. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setStatus(e.status());
        if (e.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        String body;
        if (under(request.getRequestURI(), "/api")) {
            response.setContentType("application/problem+json");
            body = "{\"type\":\"about:blank\",\"title\":\"" + (e.status() == 401 ? "Unauthorized" : "Forbidden")
                    + "\",\"status\":" + e.status() + ",\"detail\":\""
                    + json(e.getMessage())
                    + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}";
        } else {
            response.setContentType("text/plain;charset=utf-8");
            body = e.getMessage() + "\n";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
