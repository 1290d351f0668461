package org.diplokg.web;

import static org.diplokg.store.Bindings.text;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.diplokg.graph.GraphService;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.SparqlFiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats}: the numbers on the home page. */
@RestController
public class StatsController {

    private final KnowledgeStore store;
    private final GraphService graphs;
    private final Query latest = SparqlFiles.query("queries/web/latest-sources.rq");

    public StatsController(KnowledgeStore store, GraphService graphs) {
        this.store = store;
        this.graphs = graphs;
    }

    @GetMapping(path = "/api/stats", produces = "application/json")
    public DatasetStats stats() {
        Map<String, Long> categories = new LinkedHashMap<>();
        GraphService.CATEGORIES.forEach(c -> categories.put(c, 0L));
        graphs.categoryCounts().forEach(categories::put);
        List<DatasetStats.Source> sources = store.select(latest, QueryOptions.of(Duration.ofSeconds(10), 10)).stream()
                .map(b -> new DatasetStats.Source(
                        text(b, "g"), text(b, "source"), text(b, "title"), text(b, "date"), text(b, "kind")))
                .toList();
        return new DatasetStats(store.size(), store.graphNames().size(), categories, sources);
    }
}
