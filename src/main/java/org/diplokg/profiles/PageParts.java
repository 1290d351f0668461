package org.diplokg.profiles;

import java.time.Duration;
import java.time.Instant;

/**
 * What a profile page is rendered from: the section answers with their names, and the folded statement table.
 * Kept apart from the HTML so that one build serves both languages and a hub's page can be rendered again later.
 *
 * @param took    how long answering the sections and the table took
 * @param builtAt when the build finished (a page served from an older build says how old it is)
 */
record PageParts(Profile profile, String statements, Duration took, Instant builtAt) {

    boolean timedOut() {
        return profile.sections().stream().anyMatch(Profile.Answer::timedOut);
    }
}
