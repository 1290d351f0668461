package org.diplokg.profiles;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties(prefix = "diplokg.profiles")
public record ProfileProperties(
        @DefaultValue("16000000") long pageCacheChars,
        @DefaultValue("50000") int labelCacheSize,
        @DefaultValue("100") int foldedIncoming) {

    public static ProfileProperties defaults() {
        return new ProfileProperties(16_000_000, 50_000, 100);
    }
}
