package org.diplokg.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.sparql.ResultFormat;
import org.diplokg.sparql.ResultWriter;
import org.diplokg.store.QueryOutcome;
import org.diplokg.system.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query library over REST: list with metadata, the text of one query, and answers as JSON
 * (with a JSON-LD {@code @context} naming the columns), CSV or SPARQL JSON by {@code Accept}.
 * Answers are paged by {@code limit} and {@code offset}; when more rows follow, every format gets a
 * {@code Link: <…>; rel="next"} header and the JSON document also says {@code "more": true} and
 * {@code "next"}.
 */
@RestController
public class QueryLibraryController {

    private final LibraryQueryService service;
    private final ResultWriter writer;
    private final JsonMapper json = JsonMapper.builder().build();

    public QueryLibraryController(LibraryQueryService service, ResultWriter writer) {
        this.service = service;
        this.writer = writer;
    }

    @GetMapping(path = "/api/queries", produces = "application/json")
    public List<LibraryQuery> list() {
        return service.library().all();
    }

    @GetMapping(path = "/api/queries/{name}/sparql", produces = "application/sparql-query")
    public String text(@PathVariable String name) {
        return service.find(name).text();
    }

    @GetMapping("/api/queries/{name}")
    @Operation(
            summary = "Run a library query (one page of its answer)",
            description =
                    "The query's own parameters are listed by GET /api/queries. Every query also takes limit and offset; "
                            + "when more rows follow the page, the response has a Link header with rel=\"next\" and the JSON document "
                            + "has \"more\": true and \"next\". Answer formats by Accept (or format=json|csv|srj): application/json, "
                            + "text/csv, application/sparql-results+json.",
            parameters = {
                @Parameter(
                        name = "limit",
                        in = ParameterIn.QUERY,
                        description = "Rows per page, 1 to diplokg.queries.max-limit "
                                + "(default 10000); default diplokg.queries.default-limit (1000)",
                        schema = @Schema(type = "integer", minimum = "1")),
                @Parameter(
                        name = "offset",
                        in = ParameterIn.QUERY,
                        description = "Rows of the ordered answer to skip (default 0)",
                        schema = @Schema(type = "integer", minimum = "0")),
                @Parameter(
                        name = "format",
                        in = ParameterIn.QUERY,
                        description = "Overrides Accept: json, csv or srj",
                        schema =
                                @Schema(
                                        type = "string",
                                        allowableValues = {"json", "csv", "srj"}))
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "One page of rows",
                        headers =
                                @Header(
                                        name = "Link",
                                        description = "<…&offset=N>; rel=\"next\" when more rows follow")),
                @ApiResponse(responseCode = "400", description = "Unknown parameter or bad value (problem+json)"),
                @ApiResponse(responseCode = "404", description = "No such query (problem+json)")
            })
    public void run(
            @PathVariable String name,
            @Parameter(hidden = true) @RequestParam Map<String, String> params,
            @RequestHeader(name = "Accept", required = false) String accept,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        String format = params.remove("format");
        LibraryAnswer answer = service.answer(name, params);
        if (!(answer.outcome() instanceof QueryOutcome.Select select)) {
            throw ApiException.badRequest("Query '" + name + "' is not a SELECT query");
        }
        String next = answer.more() ? next(request, answer) : null;
        String chosen = format != null ? format : accept == null ? "json" : accept;
        if (next != null) {
            response.setHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        if (chosen.contains("text/csv") || chosen.equals("csv")) {
            writer.write(select, ResultFormat.CSV, response, false);
        } else if (chosen.contains("application/sparql-results+json") || chosen.equals("srj")) {
            writer.write(select, ResultFormat.SPARQL_JSON, response, false);
        } else if (chosen.contains("json") || chosen.contains("*/*") || chosen.contains("text/html")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), document(name, select, answer, next));
        } else {
            throw new ApiException(
                    org.springframework.http.HttpStatus.NOT_ACCEPTABLE,
                    "Not acceptable",
                    "Library answers are application/json, text/csv or application/sparql-results+json, not " + chosen);
        }
    }

    /** The request's own path and query with {@code offset} moved on by one page (relative, so it survives proxies). */
    private static String next(HttpServletRequest request, LibraryAnswer answer) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("limit", answer.limit())
                .replaceQueryParam("offset", answer.nextOffset())
                .build()
                .toUriString();
    }

    /**
     * Plain JSON rows whose keys a JSON-LD @context maps to IRIs, IRI-valued columns typed @id, with the page
     * ({@code limit}, {@code offset}, {@code more}, {@code next}) and whether it came from a precomputed answer.
     */
    private static Map<String, Object> document(
            String name, QueryOutcome.Select select, LibraryAnswer answer, String next) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", "https://w3id.org/diplokg/query/" + name + "#");
        context.put("rows", "@graph");
        List<Map<String, Object>> rows =
                select.rows().stream().map(b -> row(select.variables(), b)).toList();
        for (Var v : select.variables()) {
            boolean iri = select.rows().stream().map(b -> b.get(v)).anyMatch(n -> n != null && n.isURI());
            String datatype = select.rows().stream()
                    .map(b -> b.get(v))
                    .filter(n -> n != null && n.isLiteral())
                    .map(Node::getLiteralDatatypeURI)
                    .filter(dt -> dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString"))
                    .findFirst()
                    .orElse(null);
            if (iri) {
                context.put(v.getVarName(), Map.of("@type", "@id"));
            } else if (datatype != null) {
                context.put(v.getVarName(), Map.of("@type", datatype));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", context);
        doc.put("query", name);
        doc.put("columns", select.variables().stream().map(Var::getVarName).toList());
        doc.put("limit", answer.limit());
        doc.put("offset", answer.offset());
        doc.put("more", answer.more());
        doc.put("precomputed", answer.precomputed());
        if (next != null) {
            doc.put("next", next);
        }
        doc.put("truncated", select.truncated());
        doc.put("rows", rows);
        return doc;
    }

    private static Map<String, Object> row(List<Var> vars, Binding b) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Var v : vars) {
            Node n = b.get(v);
            if (n != null) {
                row.put(
                        v.getVarName(),
                        n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            }
        }
        return row;
    }
}
