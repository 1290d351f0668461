package org.diplokg.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.query.Query;
import org.diplokg.system.ProtocolException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPARQL 1.1 Protocol query operation: GET with {@code query=}, POST as a form or as
 * {@code application/sparql-query}; dataset by {@code default-graph-uri}/{@code named-graph-uri}.
 */
@RestController
@RequestMapping("/sparql")
public class SparqlQueryController {

    static final String ACCESS_QUERY_TYPE = "diplokg.queryType";

    private final QueryService queries;
    private final ResultNegotiator negotiator;
    private final ResultWriter writer;

    public SparqlQueryController(QueryService queries, ResultNegotiator negotiator, ResultWriter writer) {
        this.queries = queries;
        this.negotiator = negotiator;
        this.writer = writer;
    }

    @GetMapping
    public void get(HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        if (request.getParameter("update") != null) {
            throw new ProtocolException(400, "Updates are not accepted by GET; POST them to /update");
        }
        String text = RequestBodies.single(request, "query");
        if (text == null) {
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains("text/html")) {
                request.getRequestDispatcher("/sparql.html").forward(request, response); // the editor, for browsers
                return;
            }
            throw ProtocolException.badRequest("Missing 'query' parameter");
        }
        answer(text, request, response);
    }

    @PostMapping
    public void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = RequestBodies.mediaType(request);
        if (type == null) {
            throw ProtocolException.badRequest(
                    "Missing Content-Type: POST the query as application/x-www-form-urlencoded or application/sparql-query");
        }
        String text;
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            if (request.getParameter("update") != null) {
                throw ProtocolException.badRequest("This is the query endpoint; POST updates to /update");
            }
            text = RequestBodies.single(request, "query");
            if (text == null) {
                throw ProtocolException.badRequest("Missing 'query' form parameter");
            }
        } else if ("application".equals(type.getType()) && "sparql-query".equals(type.getSubtype())) {
            if (request.getParameter("query") != null) {
                throw ProtocolException.badRequest("Give the query either in the body or as a parameter, not both");
            }
            text = RequestBodies.utf8Body(request);
        } else {
            throw new ProtocolException(
                    415,
                    "Unsupported Content-Type " + type
                            + " for a query; use application/x-www-form-urlencoded or application/sparql-query");
        }
        answer(text, request, response);
    }

    private void answer(String text, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Query query = queries.parse(text);
        request.setAttribute(ACCESS_QUERY_TYPE, QueryService.typeOf(query));
        boolean tabular = query.isSelectType() || query.isAskType();
        ResultFormat format = negotiator.choose(tabular, request.getParameter("format"), request.getHeader("Accept"));
        List<String> defaultGraphs = RequestBodies.all(request, "default-graph-uri");
        List<String> namedGraphs = RequestBodies.all(request, "named-graph-uri");
        boolean headOnly = "HEAD".equals(request.getMethod());
        if (query.isSelectType()) {
            queries.select(query, defaultGraphs, namedGraphs, rows -> {
                try {
                    return writer.write(rows, format, response, headOnly);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return;
        }
        writer.write(queries.execute(query, defaultGraphs, namedGraphs), format, response, headOnly);
    }
}
