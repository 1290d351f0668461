package org.diplokg.sparql;

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
        try {
            Query query = parser.query(text, null);
            guard.check(query);
            return query;
        } catch (QueryException e) {
            throw ProtocolException.badRequest("Malformed query: " + e.getMessage());
        }
    }

    public UpdateRequest update(String text, String baseIri) {
        try {
            UpdateRequest request = parser.update(text, baseIri);
            guard.check(request);
            return request;
        } catch (QueryException e) {
            throw ProtocolException.badRequest("Malformed update: " + e.getMessage());
        }
    }
}
