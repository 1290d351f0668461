package org.diplokg.query;

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
import org.diplokg.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query library over REST: list with metadata, the text of one query, and answers as JSON
 * (with a JSON-LD {@code @context} naming the columns), CSV or SPARQL JSON by {@code Accept}.
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
    public void run(@PathVariable String name, @RequestParam Map<String, String> params,
                    @RequestHeader(name = "Accept", required = false) String accept, HttpServletResponse response) throws IOException {
        String format = params.remove("format");
        QueryOutcome outcome = service.run(name, params);
        if (!(outcome instanceof QueryOutcome.Select select)) {
            throw ApiException.badRequest("Query '" + name + "' is not a SELECT query");
        }
        String chosen = format != null ? format : accept == null ? "json" : accept;
        if (chosen.contains("text/csv") || chosen.equals("csv")) {
            writer.write(outcome, ResultFormat.CSV, response, false);
        } else if (chosen.contains("application/sparql-results+json") || chosen.equals("srj")) {
            writer.write(outcome, ResultFormat.SPARQL_JSON, response, false);
        } else if (chosen.contains("json") || chosen.contains("*/*") || chosen.contains("text/html")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), document(name, select));
        } else {
            throw new ApiException(org.springframework.http.HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
                    "Library answers are application/json, text/csv or application/sparql-results+json, not " + chosen);
        }
    }

    /** Plain JSON rows whose keys a JSON-LD @context maps to IRIs, IRI-valued columns typed @id. */
    private static Map<String, Object> document(String name, QueryOutcome.Select select) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", "https://w3id.org/diplokg/query/" + name + "#");
        context.put("rows", "@graph");
        List<Map<String, Object>> rows = select.rows().stream().map(b -> row(select.variables(), b)).toList();
        for (Var v : select.variables()) {
            boolean iri = select.rows().stream().map(b -> b.get(v)).anyMatch(n -> n != null && n.isURI());
            String datatype = select.rows().stream().map(b -> b.get(v)).filter(n -> n != null && n.isLiteral())
                    .map(Node::getLiteralDatatypeURI).filter(dt -> dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString"))
                    .findFirst().orElse(null);
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
        doc.put("truncated", select.truncated());
        doc.put("rows", rows);
        return doc;
    }

    private static Map<String, Object> row(List<Var> vars, Binding b) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Var v : vars) {
            Node n = b.get(v);
            if (n != null) {
                row.put(v.getVarName(), n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            }
        }
        return row;
    }
}
