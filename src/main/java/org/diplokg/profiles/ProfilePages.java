package org.diplokg.profiles;

import java.util.Optional;
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

    public ProfilePages(
            ProfileService profiles,
            ProfileRenderer renderer,
            EntityPage statements,
            KnowledgeStore store,
            ProfileProperties settings) {
        this.profiles = profiles;
        this.renderer = renderer;
        this.statements = statements;
        this.settings = settings == null ? ProfileProperties.defaults() : settings;
        long capacity = this.settings.pageCacheChars();
        this.cache = DerivedSnapshot.rebuilt(store, () -> new BoundedCache<>(capacity, String::length));
    }

    @Override
    public Optional<String> render(String iri, String lang) {
        if (settings.pageCacheChars() <= 0) {
            return build(iri, lang);
        }
        // the cache is taken before the page is built, so a page never lands in a newer version's cache
        BoundedCache<String> pages = cache.get();
        String key = lang + ' ' + iri;
        Optional<String> hit = pages.get(key);
        if (hit.isPresent()) {
            return hit.filter(html -> !html.isEmpty());
        }
        Optional<Profile> profile = profiles.profile(iri);
        Optional<String> page = profile.map(p -> page(p, lang));
        // a section that ran out of time may answer next time: such a page is not kept
        if (profile.map(p -> p.sections().stream().noneMatch(Profile.Answer::timedOut))
                .orElse(true)) {
            pages.put(key, page.orElse(NO_PROFILE));
        }
        return page;
    }

    private Optional<String> build(String iri, String lang) {
        return profiles.profile(iri).map(p -> page(p, lang));
    }

    private String page(Profile p, String lang) {
        long t0 = System.nanoTime();
        String folded = statements.statementsHtml(p.iri(), settings.foldedIncoming());
        long t1 = System.nanoTime();
        String html = renderer.render(p, lang, folded);
        LOG.debug(
                "page {}: statements {} ms, render {} ms",
                p.iri(),
                (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return html;
    }
}
