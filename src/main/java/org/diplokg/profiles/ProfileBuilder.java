package org.diplokg.profiles;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.diplokg.linkeddata.EntityPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers everything a profile page shows: the sections, with the folded statement table read side by side on the
 * {@link SectionPool}. One builder for pages built while a reader waits and for hub pages built in the background,
 * which differ only in how long a section may take.
 */
@Component
public class ProfileBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileBuilder.class);

    private final ProfileService profiles;
    private final EntityPage statements;
    private final SectionPool pool;
    private final int foldedIncoming;

    public ProfileBuilder(
            ProfileService profiles, EntityPage statements, SectionPool pool, ProfileProperties settings) {
        this.profiles = profiles;
        this.statements = statements;
        this.pool = pool;
        this.foldedIncoming = (settings == null ? ProfileProperties.defaults() : settings).foldedIncoming();
    }

    /** The page's parts with sections under the pages' own time limit; empty when the entity has no profile type. */
    Optional<PageParts> build(String iri) {
        return profiles.typeOf(iri).map(type -> build(iri, type, null));
    }

    /** The page's parts, each section under {@code timeout} (null: the pages' own limit). */
    PageParts build(String iri, String type, Duration timeout) {
        long t0 = System.nanoTime();
        CompletableFuture<String> folded = pool.submit(() -> statements.statementsHtml(iri, foldedIncoming));
        Profile p = timeout == null ? profiles.profile(iri, type) : profiles.profile(iri, type, timeout);
        long t1 = System.nanoTime();
        String table = SectionPool.result(folded);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        LOG.info(
                "page {} built in {} ms: profile {} ms, then waited {} ms for the statement table",
                iri,
                took.toMillis(),
                (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return new PageParts(p, table, took, Instant.now());
    }

    /** The entity's profile type, empty when its classes have none. */
    Optional<String> typeOf(String iri) {
        return profiles.typeOf(iri);
    }
}
