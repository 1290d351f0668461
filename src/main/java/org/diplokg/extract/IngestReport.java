package org.diplokg.extract;

import java.util.List;
import java.util.Map;

/**
 * What one ingestion did: the article's graph and IRI, whether the graph was created, replaced
 * (a new version of the article) or left unchanged (the same text again), and the facts counted
 * by kind. {@code unresolvedDates} lists date expressions kept without a year.
 */
public record IngestReport(
        String graph,
        String article,
        String sha256,
        String status,
        String published,
        Map<String, Integer> facts,
        List<String> unresolvedDates) {

    public boolean created() {
        return "created".equals(status);
    }
}
