package org.diplokg.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.irix.IRIs;
import org.diplokg.system.ApiException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/graph}: the neighbourhood of an entity for the explorer, as Cytoscape elements
 * JSON, or as GraphML / GEXF with {@code format=graphml|gexf}.
 */
@RestController
public class GraphController {

    private static final int MAX_NODES = 5000;

    private final GraphService graphs;

    public GraphController(GraphService graphs) {
        this.graphs = graphs;
    }

    @GetMapping("/api/graph")
    public ResponseEntity<?> graph(
            @RequestParam(required = false) String center,
            @RequestParam(required = false, defaultValue = "1") String depth,
            @RequestParam(required = false) String types,
            @RequestParam(required = false) String kinds,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false, defaultValue = "json") String format) {
        if (center == null || center.isBlank()) {
            throw ApiException.badRequest(
                    "Parameter 'center' is required: the IRI of the entity to centre the graph on");
        }
        if (!IRIs.check(center) || !IRIs.reference(center).isAbsolute()) {
            throw ApiException.badRequest("Parameter 'center' must be an absolute IRI, not '" + center + "'");
        }
        int d;
        try {
            d = Integer.parseInt(depth);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Parameter 'depth' must be an integer from 1 to 3, not '" + depth + "'");
        }
        if (d < 1 || d > 3) {
            throw ApiException.badRequest("Parameter 'depth' must be from 1 to 3, not " + d);
        }
        Set<String> categories = list("types", types, GraphService.CATEGORIES);
        Set<String> edgeKinds = list("kinds", kinds, GraphService.KINDS);
        String asOfDate = date("asOf", asOf);
        String fromDate = date("from", from);
        String toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.compareTo(toDate) > 0) {
            throw ApiException.badRequest("Parameter 'from' (" + fromDate + ") is after 'to' (" + toDate + ")");
        }
        if (!graphs.knows(center)) {
            throw ApiException.notFound("No entity " + center + " in the graph");
        }
        GraphElements view =
                graphs.neighbourhood(center, d, categories, edgeKinds, asOfDate, fromDate, toDate, MAX_NODES);
        return switch (format) {
            case "json" ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
            case "graphml" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/graphml+xml"))
                        .header("Content-Disposition", "attachment; filename=\"diplokg.graphml\"")
                        .body(GraphExports.graphml(view));
            case "gexf" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/gexf+xml"))
                        .header("Content-Disposition", "attachment; filename=\"diplokg.gexf\"")
                        .body(GraphExports.gexf(view));
            default ->
                throw ApiException.badRequest("Parameter 'format' must be json, graphml or gexf, not '" + format + "'");
        };
    }

    @GetMapping(path = "/api/graph/node", produces = "application/json")
    public NodeFacts node(@RequestParam(required = false) String iri) {
        if (iri == null || !IRIs.check(iri) || !IRIs.reference(iri).isAbsolute()) {
            throw ApiException.badRequest("Parameter 'iri' must be an absolute IRI");
        }
        if (!graphs.knows(iri)) {
            throw ApiException.notFound("No entity " + iri + " in the graph");
        }
        return graphs.facts(iri);
    }

    private static Set<String> list(String name, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return new LinkedHashSet<>(allowed);
        }
        Set<String> chosen = new LinkedHashSet<>(Arrays.asList(value.split(",")));
        for (String v : chosen) {
            if (!allowed.contains(v)) {
                throw ApiException.badRequest(
                        "Parameter '" + name + "' has unknown value '" + v + "'; allowed: " + allowed);
            }
        }
        return chosen;
    }

    private static String date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Parameter '" + name + "' must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
