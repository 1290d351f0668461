package org.diplokg.profiles;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The profile pages' settings ({@code diplokg.profiles.*}). Pages are cached per dataset version because a
 * hub entity (Vietnam) touches most of the store: answering its sections again for every reader would cost
 * far more than keeping the HTML until the next write.
 *
 * @param pageCacheChars rendered pages kept for the current dataset version, in characters of HTML over all
 *                       pages (least recently used go first); 0 turns the cache off
 * @param labelCacheSize resource names kept for the current dataset version, shared by all pages
 * @param foldedIncoming links pointing at the entity shown in the folded statement table; the rest are on
 *                       {@code ?view=statements}
 * @param sectionThreads threads answering the sections of pages being built, shared by all pages (a page's
 *                       sections run side by side, so its first request costs about its slowest section rather
 *                       than their sum); 1 answers them one after the other on the request's thread
 * @param sectionTimeout time limit of one section's query; a section past it is shown as too large to answer,
 *                       with its query link, and the page is not cached
 * @param tableRows      rows a plain table section shows (charts, timelines, histories and article facts show all):
 *                       a hub's sources or events run to hundreds of rows, each to be named and written out, which
 *                       the page says are left to the query link
 * @param hubs           how many hub candidates (countries and organisations with the most incoming links,
 *                       {@code queries/profiles/hubs.rq}) have their pages built in the background at start-up; pages
 *                       found slow or past a section's time limit join them; 0 turns hub pages off (the CLI does)
 * @param hubThreshold   a page whose build took longer is a hub: kept, rebuilt in the background after writes, and
 *                       served from its last build (saying so) while a newer one is under way
 * @param hubTimeout     time limit of one section's query in a background build (a hub's sections may take longer than
 *                       a reader should wait)
 * @param hubInterval    how often the background builder looks for writes; it rebuilds once the dataset version has
 *                       stayed the same for one interval, so a burst of writes costs one rebuild
 */
@ConfigurationProperties(prefix = "diplokg.profiles")
public record ProfileProperties(
        @DefaultValue("16000000") long pageCacheChars,
        @DefaultValue("50000") int labelCacheSize,
        @DefaultValue("100") int foldedIncoming,
        @DefaultValue("4") int sectionThreads,
        @DefaultValue("10s") Duration sectionTimeout,
        @DefaultValue("100") int tableRows,
        @DefaultValue("20") int hubs,
        @DefaultValue("1s") Duration hubThreshold,
        @DefaultValue("5m") Duration hubTimeout,
        @DefaultValue("2s") Duration hubInterval) {

    /** The {@code @DefaultValue}s, bound as Spring would bind an empty configuration: for code that runs without Spring. */
    public static ProfileProperties defaults() {
        return new Binder().bindOrCreate("diplokg.profiles", ProfileProperties.class);
    }
}
