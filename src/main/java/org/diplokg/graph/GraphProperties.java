package org.diplokg.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The explorer's graph ({@code diplokg.graph.*}).
 *
 * @param warmUp whether the server reads the whole explorer graph in the background at start-up, so the first explorer
 *     request is fast; the CLI turns it off (a one-off command never shows the explorer)
 * @param maxQuads the largest store (in quads) whose explorer graph is held in memory; 0 (the default) derives it from
 *     the heap: about 100 bytes per quad for a quarter of it, 5.4 million quads at 2 GiB. A larger store keeps its heap
 *     for queries: no warm-up, and the explorer answers 503 with the figures instead of filling the heap
 */
@ConfigurationProperties(prefix = "diplokg.graph")
public record GraphProperties(
        @DefaultValue("true") boolean warmUp,
        @DefaultValue("0") long maxQuads) {

    /** Bytes of heap the explorer graph takes per quad of the store (10 M generated quads: about 1 GB). */
    static final long BYTES_PER_QUAD = 100;

    /** The limit in force: {@link #maxQuads} if set, else a quarter of {@code maxHeap} at 100 bytes per quad. */
    long quadLimit(long maxHeap) {
        return maxQuads > 0 ? maxQuads : maxHeap / 4 / BYTES_PER_QUAD;
    }
}
