package org.diplokg.web;

import java.util.List;
import java.util.Map;

/** What the home page shows: sizes, entities per explorer category, latest sources. */
public record DatasetStats(long quads, int graphs, Map<String, Long> categories, List<Source> latestSources) {

    public record Source(String graph, String source, String title, String date, String kind) {}
}
