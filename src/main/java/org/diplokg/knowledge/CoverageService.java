package org.diplokg.knowledge;

import static org.diplokg.store.Bindings.number;
import static org.diplokg.store.Bindings.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Service;

/** Counts what each source contributed; the {@code coverage} command prints it. */
@Service
public class CoverageService {

    private final KnowledgeStore store;
    private final GoldCheck gold;
    private final Query byGraph = SparqlFiles.query("queries/knowledge/coverage-by-graph.rq");

    public CoverageService(KnowledgeStore store, GoldCheck gold) {
        this.store = store;
        this.gold = gold;
    }

    public CoverageReport report(java.nio.file.Path goldDirectory) {
        Map<String, CoverageReport.GraphCoverage> graphs = new LinkedHashMap<>();
        var rows = store.select(byGraph, QueryOptions.of(Duration.ofMinutes(5), Long.MAX_VALUE));
        for (Binding b : rows) {
            String g = text(b, "g");
            var coverage = graphs.computeIfAbsent(
                    g,
                    k -> new CoverageReport.GraphCoverage(
                            k, text(b, "graphKind"), text(b, "derivedFrom"), new LinkedHashMap<>()));
            coverage.factsAndSourced().put(text(b, "kind"), new long[] {number(b, "facts"), number(b, "withSource")});
        }
        return new CoverageReport(new ArrayList<>(graphs.values()), gold.missing(goldDirectory));
    }
}
