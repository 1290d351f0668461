package org.diplokg.profiles;

import java.util.Optional;
import java.util.concurrent.Future;
import org.diplokg.linkeddata.EntityPage;
import org.diplokg.linkeddata.EntityProfilePage;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The profile page an entity IRI answers with for browsers; the statement table folds in at its foot.
 * Rendered pages are kept until the next write ({@link DerivedSnapshot}): a page is read far more often
 * than the data changes, and a hub's page (Vietnam) asks a dozen queries over most of the store.
 */
@Component
public class ProfilePages implements EntityProfilePage {

    private static final Logger LOG = LoggerFactory.getLogger(ProfilePages.class);
    private static final String NO_PROFILE = "";

    private final ProfileService profiles;
    private final ProfileRenderer renderer;
    private final EntityPage statements;
    private final ProfileProperties settings;
    private final DerivedSnapshot<BoundedCache<String>> cache;
    private final SectionPool pool;

    public ProfilePages(
            ProfileService profiles,
            ProfileRenderer renderer,
            EntityPage statements,
            KnowledgeStore store,
            ProfileProperties settings,
            SectionPool pool) {
        this.profiles = profiles;
        this.pool = pool;
        this.renderer = renderer;
        this.statements = statements;
        this.settings = settings == null ? ProfileProperties.defaults() : settings;
        long capacity = this.settings.pageCacheChars();
        this.cache = DerivedSnapshot.rebuilt(store, () -> new BoundedCache<>(capacity, String::length));
    }

    @Override
    public Optional<String> render(String iri, String lang) {
        if (settings.pageCacheChars() <= 0) {
            return build(iri, lang).map(Built::html);
        }
        // the cache is taken before the page is built, so a page never lands in a newer version's cache
        BoundedCache<String> pages = cache.get();
        String key = lang + ' ' + iri;
        Optional<String> hit = pages.get(key);
        if (hit.isPresent()) {
            return hit.filter(html -> !html.isEmpty());
        }
        Optional<Built> built = build(iri, lang);
        // a section that ran out of time may answer next time: such a page is not kept
        if (built.map(b -> b.profile().sections().stream().noneMatch(Profile.Answer::timedOut))
                .orElse(true)) {
            pages.put(key, built.map(Built::html).orElse(NO_PROFILE));
        }
        return built.map(Built::html);
    }

    /** The page and the profile it shows; the folded statement table is read while the sections run. */
    private Optional<Built> build(String iri, String lang) {
        Optional<String> type = profiles.typeOf(iri);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        long t0 = System.nanoTime();
        Future<String> folded = pool.submit(() -> statements.statementsHtml(iri, settings.foldedIncoming()));
        Profile p = profiles.profile(iri, type.get());
        long t1 = System.nanoTime();
        String table = SectionPool.result(folded);
        long t2 = System.nanoTime();
        String html = renderer.render(p, lang, table);
        LOG.info(
                "page {} in {} ms: profile {} ms, then waited {} ms for the statement table, render {} ms",
                iri,
                (System.nanoTime() - t0) / 1_000_000,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        return Optional.of(new Built(p, html));
    }

    private record Built(Profile profile, String html) {}
}
