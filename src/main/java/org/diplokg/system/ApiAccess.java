package org.diplokg.system;

import jakarta.servlet.http.HttpServletRequest;
import org.diplokg.security.Caller;
import org.diplokg.security.Scope;
import org.springframework.http.HttpStatus;

/**
 * Token checks and numeric parameters of the JSON API (audit, review), answered as problem+json where
 * the SPARQL endpoints answer plain text.
 */
public final class ApiAccess {

    private ApiAccess() {}

    public static Caller check(WriteAuthorizer authorizer, HttpServletRequest request, Scope scope) {
        try {
            return authorizer.check(request, scope);
        } catch (ProtocolException e) {
            throw new ApiException(
                    HttpStatus.valueOf(e.status()), e.status() == 401 ? "Unauthorized" : "Forbidden", e.getMessage());
        }
    }

    public static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(
                "'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }
}
