package org.diplokg.knowledge;

import java.util.List;
import java.util.Map;

/**
 * How much of each source made it into the store.
 *
 * @param graphs per source graph: fact counts by kind and how many facts name their source
 * @param missingGold annotated (gold) facts of the seed articles that the store does not hold, per article file
 */
public record CoverageReport(List<GraphCoverage> graphs, Map<String, List<String>> missingGold) {

    public record GraphCoverage(
            String graph, String graphKind, String derivedFrom, Map<String, long[]> factsAndSourced) {}
}
