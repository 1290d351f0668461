package org.diplokg.sparql;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.update.UpdateRequest;
import org.diplokg.hardening.DeepParser;
import org.diplokg.system.ProtocolException;
import org.springframework.stereotype.Component;

/**
 * Turns request text into a query or an update the server may run: parsed on the deep-stack parser threads,
 * checked by the {@link QueryGuard} policy, a syntax error answered as 400 with the parser's line and column.
 * Queries and updates pass the same two gates in the same order, so that order lives here once.
 */
@Component
public class RequestParser {

    private final DeepParser parser;
    private final QueryGuard guard;

    public RequestParser(DeepParser parser, QueryGuard guard) {
        this.parser = parser;
        this.guard = guard;
    }

    public Query query(String text) {
        return checked("query", () -> parser.query(text, null), guard::check);
    }

    public UpdateRequest update(String text, String baseIri) {
        return checked("update", () -> parser.update(text, baseIri), guard::check);
    }

    /** Parses, then checks the policy; a syntax error is the client's: 400 naming what was malformed. */
    private static <T> T checked(String what, Supplier<T> parse, Consumer<T> policy) {
        try {
            T parsed = parse.get();
            policy.accept(parsed);
            return parsed;
        } catch (QueryException e) {
            throw ProtocolException.badRequest("Malformed " + what + ": " + e.getMessage());
        }
    }
}
